# The Edo runner image: the edo CLI on Node 24, with git and the docker CLI.
#
#   docker build -t edo .
#   docker run --rm -v "$PWD:/work" --user "$(id -u):$(id -g)" edo build //...
#
# It runs as the unprivileged user edo (uid 10001) unless --user says otherwise; the workspace
# mounted at /work must be writable by that user (edo keeps its store in /work/.edo). HOME
# (/home/edo) is writable by any user, so any --user works. Docker
# environment farms and `edo shell` use the host's engine through its socket; join the socket's
# group so the unprivileged user may use it:
#
#   docker run --rm -v "$PWD:/work" --user "$(id -u):$(id -g)" \
#     -v /var/run/docker.sock:/var/run/docker.sock --group-add "$(stat -c %g /var/run/docker.sock)" \
#     edo build //...
#
# BASE_IMAGE must provide Node 24 as `node` (git is installed with apt when it is missing).
# DOCKER_CLI_IMAGE provides the docker CLI at /usr/local/bin/docker (static in the official image).
# Where no registry is reachable, both can name local images: test/action/local-base-image.sh
# builds one from the host, and the tests pass it for both.
ARG BASE_IMAGE=node:24-bookworm-slim
ARG DOCKER_CLI_IMAGE=docker:28-cli

FROM ${DOCKER_CLI_IMAGE} AS docker-cli

# The CLI is dist/cli.js, which starts dist/edo.js, the ncc bundle the action shares (`npm run
# bundle`; CI fails when it is stale), so the image builds without an npm registry. All of dist/ is
# copied: the action's files are ~6 MB of it, and which chunks only the action loads is ncc's choice
# and changes with the code. This stage checks that the CLI runs on the image's Node.
FROM ${BASE_IMAGE} AS cli
COPY dist/ /opt/edo/
RUN node /opt/edo/cli.js --version

FROM ${BASE_IMAGE}
RUN if ! command -v git >/dev/null; then \
      apt-get update \
      && apt-get install -y --no-install-recommends git ca-certificates \
      && rm -rf /var/lib/apt/lists/*; \
    fi
COPY --from=docker-cli /usr/local/bin/docker /usr/local/bin/docker
COPY --from=cli /opt/edo/ /opt/edo/
RUN printf '#!/bin/sh\nexec node /opt/edo/cli.js "$@"\n' > /usr/local/bin/edo \
    && chmod 755 /usr/local/bin/edo \
    && echo 'edo:x:10001:10001:edo:/home/edo:/bin/sh' >> /etc/passwd \
    && echo 'edo:x:10001:' >> /etc/group \
    && mkdir -p /home/edo /work \
    && chown 10001:10001 /home/edo /work \
    && chmod 1777 /home/edo
USER 10001:10001
ENV HOME=/home/edo
WORKDIR /work
ENTRYPOINT ["node", "/opt/edo/cli.js"]
CMD ["--help"]
