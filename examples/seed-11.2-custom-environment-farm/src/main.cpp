#include <iostream>
#include <string>

std::string greeting();

int main() {
  std::cout << greeting() << std::endl;
  return 0;
}
