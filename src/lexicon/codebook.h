// The CAMEO event codebook: code -> name, Goldstein value, quad class.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "dyad/status.h"

namespace dyad::lexicon {

struct CameoCode {
  std::string name;
  double goldstein = 0;
  int quad_class = 0;
};

class Codebook {
 public:
  // Reads a TSV with header "code name goldstein quad_class".
  Status load(const std::string& path);
  const CameoCode* find(std::string_view code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CameoCode> codes_;
};

}  // namespace dyad::lexicon
