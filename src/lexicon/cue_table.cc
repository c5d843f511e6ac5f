#include "cue_table.h"

#include <array>

#include "dict_lines.h"
#include "inflection.h"

namespace dyad::lexicon {
namespace {

struct ClassName {
  std::string_view name;
  uint32_t grammar;  // a WordClass bit, or 0 for a cue class
  Cue cue;
};

constexpr std::array kClassNames = {
    ClassName{"be", kBe, Cue::kCount},
    ClassName{"have", kHave, Cue::kCount},
    ClassName{"do", kDo, Cue::kCount},
    ClassName{"get", kGet, Cue::kCount},
    ClassName{"modal.possible", kModalPossible, Cue::kCount},
    ClassName{"modal.recommend", kModalRecommend, Cue::kCount},
    ClassName{"modal.future", kModalFuture, Cue::kCount},
    ClassName{"negator", kNegator, Cue::kCount},
    ClassName{"determiner", kDeterminer, Cue::kCount},
    ClassName{"preposition", kPreposition, Cue::kCount},
    ClassName{"pronoun", kPronoun, Cue::kCount},
    ClassName{"subordinator", kSubordinator, Cue::kCount},
    ClassName{"relative", kRelative, Cue::kCount},
    ClassName{"conditional", kConditional, Cue::kCount},
    ClassName{"conjunction", kConjunction, Cue::kCount},
    ClassName{"adverb", kAdverb, Cue::kCount},
    ClassName{"control.planned", 0, Cue::kControlPlanned},
    ClassName{"control.possible", 0, Cue::kControlPossible},
    ClassName{"control.negative", 0, Cue::kControlNegative},
    ClassName{"control.recommend", 0, Cue::kControlRecommend},
    ClassName{"control.expect", 0, Cue::kControlExpect},
    ClassName{"wish-for-other", 0, Cue::kWishForOther},
    ClassName{"attribution", 0, Cue::kAttribution},
    ClassName{"reporting", 0, Cue::kReporting},
    ClassName{"speech", 0, Cue::kSpeech},
    ClassName{"hedge", 0, Cue::kHedge},
    ClassName{"hedge-adverb", 0, Cue::kHedgeAdverb},
    ClassName{"accusation.of", 0, Cue::kAccusationOf},
    ClassName{"accusation.for", 0, Cue::kAccusationFor},
    ClassName{"accusation.over", 0, Cue::kAccusationOver},
    ClassName{"accusation.with", 0, Cue::kAccusationWith},
    ClassName{"accusation.on", 0, Cue::kAccusationOn},
    ClassName{"commitment", 0, Cue::kCommitment},
    ClassName{"cessation", 0, Cue::kCessation},
    ClassName{"abstain", 0, Cue::kAbstain},
    ClassName{"deliberate", 0, Cue::kDeliberate},
    ClassName{"rule-out", 0, Cue::kRuleOut},
    ClassName{"avoid", 0, Cue::kAvoid},
    ClassName{"aspect", 0, Cue::kAspect},
    ClassName{"recommending-frame", 0, Cue::kRecommendingFrame},
    ClassName{"takes-gerund", 0, Cue::kTakesGerund},
    ClassName{"hand-over", 0, Cue::kHandOver},
    ClassName{"title-modifier", 0, Cue::kTitleModifier},
    ClassName{"presence-link", 0, Cue::kPresenceLink},
    ClassName{"locative", 0, Cue::kLocative},
    ClassName{"direction", 0, Cue::kDirection},
    ClassName{"particle", 0, Cue::kParticle},
    ClassName{"help-for", 0, Cue::kHelpFor},
    ClassName{"carries-noun", 0, Cue::kCarriesNoun},
    ClassName{"recommending-verb", 0, Cue::kRecommendingVerb},
    ClassName{"causative", 0, Cue::kCausative},
    ClassName{"possibility-noun", 0, Cue::kPossibilityNoun},
    ClassName{"absence-noun", 0, Cue::kAbsenceNoun},
    ClassName{"planned-adjective", 0, Cue::kPlannedAdjective},
    ClassName{"possible-adjective", 0, Cue::kPossibleAdjective},
    ClassName{"conditional-predicate", 0, Cue::kConditionalPredicate},
    ClassName{"region-adjective", 0, Cue::kRegionAdjective},
    ClassName{"cancellation", 0, Cue::kCancellation},
    ClassName{"quantity-noun", 0, Cue::kQuantityNoun},
    ClassName{"made-by", 0, Cue::kMadeBy},
    ClassName{"evaluative", 0, Cue::kEvaluative},
    ClassName{"naming-verb", 0, Cue::kNamingVerb},
    ClassName{"denial", 0, Cue::kDenial},
    ClassName{"claim", 0, Cue::kClaim},
    ClassName{"relief", 0, Cue::kRelief},
    ClassName{"threat-verb", 0, Cue::kThreatVerb},
    ClassName{"recommendation-noun", 0, Cue::kRecommendationNoun},
    ClassName{"reaction-verb", 0, Cue::kReactionVerb},
    ClassName{"event-anaphor", 0, Cue::kEventAnaphor},
    ClassName{"evidence-noun", 0, Cue::kEvidenceNoun},
    ClassName{"planning-verb", 0, Cue::kPlanningVerb},
    ClassName{"intent", 0, Cue::kIntent},
    ClassName{"number-word", 0, Cue::kNumberWord},
    ClassName{"place-noun", 0, Cue::kPlaceNoun},
};

const ClassName* find_class(std::string_view name) {
  for (const ClassName& c : kClassNames)
    if (c.name == name) return &c;
  return nullptr;
}

// The classes that decide the modality of an infinitive exclude each other.
constexpr uint64_t kControlBits = cue_bit(Cue::kControlPlanned) | cue_bit(Cue::kControlPossible) |
                                  cue_bit(Cue::kControlNegative) | cue_bit(Cue::kControlRecommend) |
                                  cue_bit(Cue::kControlExpect);

// The folded forms an entry stands for: a word, a phrase, or all forms of "lemma~".
std::vector<std::string> entry_forms(const std::string& entry, const Inflector& inflector) {
  if (entry.size() < 2 || entry.back() != '~') return {entry};
  std::vector<std::string> forms;
  for (auto& [form, flags] : inflector.verb_forms(entry.substr(0, entry.size() - 1))) forms.push_back(form);
  return forms;
}

std::string fold(const std::string& text) {
  std::string out;
  for (char c : text) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  return out;
}

}  // namespace

void CueTable::load(const std::string& path, const Inflector& inflector, std::vector<LexiconIssue>& issues) {
  auto lines = read_dict_lines(path);
  if (!lines.ok()) {
    issues.push_back(LexiconIssue{path, 0, lines.status().message(), true});
    return;
  }
  std::unordered_map<std::string, int> control_line;  // form -> line of its control class
  for (const DictLine& line : lines.value()) {
    size_t space = line.text.find_first_of(" \t");
    std::string name = line.text.substr(0, space);
    const ClassName* cls = find_class(name);
    if (!cls || space == std::string::npos) {
      issues.push_back(LexiconIssue{path, line.number, cls ? "class " + name + " lists no word"
                                                           : "unknown cue class " + name, false});
      continue;
    }
    uint64_t bit = cls->grammar ? 0 : cue_bit(cls->cue);
    for (const std::string& entry : split_list(line.text.substr(space), ';'))
      for (const std::string& form : entry_forms(fold(entry), inflector)) {
        CueBits& bits = entries_[form];
        bool other_control = (bit & kControlBits) && (bits.cues & kControlBits & ~bit);
        if (other_control)
          issues.push_back(LexiconIssue{path, line.number,
                                        "\"" + form + "\" is in two control classes (also line " +
                                            std::to_string(control_line[form]) + ")", false});
        if (bit & kControlBits) control_line[form] = line.number;
        bits.grammar |= cls->grammar;
        bits.cues |= bit;
      }
  }
}

}  // namespace dyad::lexicon
