#include "codebook.h"

#include <fstream>
#include <sstream>

namespace dyad::lexicon {

Status Codebook::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot open CAMEO codebook " + path);
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (number == 1 || line.empty()) continue;  // header
    std::istringstream fields(line);
    std::string code, name, goldstein, quad;
    if (!std::getline(fields, code, '\t') || !std::getline(fields, name, '\t') ||
        !std::getline(fields, goldstein, '\t') || !std::getline(fields, quad, '\t'))
      return Status::InvalidData(path + ":" + std::to_string(number) + ": want 4 tab-separated fields");
    try {
      codes_[code] = CameoCode{name, std::stod(goldstein), std::stoi(quad)};
    } catch (const std::exception&) {
      return Status::InvalidData(path + ":" + std::to_string(number) + ": bad number");
    }
  }
  if (codes_.empty()) return Status::InvalidData("empty CAMEO codebook " + path);
  return Status::Ok();
}

const CameoCode* Codebook::find(std::string_view code) const {
  auto it = codes_.find(std::string(code));
  return it == codes_.end() ? nullptr : &it->second;
}

}  // namespace dyad::lexicon
