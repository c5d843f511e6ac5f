// Cue words (data/cues.txt): the closed word classes the clause analysis
// reads ("be", "determiner", "preposition") and the cue words that decide
// modality, attribution and clause structure ("control.planned",
// "attribution", "cessation"). Every folded word maps to the bits of the
// classes it belongs to. Internal to libdyad.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/lexicon.h"
#include "token_trie.h"

namespace dyad::lexicon {

class Inflector;

// Closed grammatical classes; a word may be in several.
enum WordClass : uint32_t {
  kBe = 1u << 0,             // is, was, been ...
  kHave = 1u << 1,           // has, had ...
  kDo = 1u << 2,             // does, did ...
  kModalPossible = 1u << 3,  // may, might, could, would, can
  kModalRecommend = 1u << 4, // should, must, ought
  kModalFuture = 1u << 5,    // will, shall, 'll
  kNegator = 1u << 6,        // not, n't, never
  kDeterminer = 1u << 7,     // the, a, its, their ...
  kPreposition = 1u << 8,
  kPronoun = 1u << 9,        // he, she, they, it ...
  kSubordinator = 1u << 10,  // that, which, who, if, because ...
  kConjunction = 1u << 11,   // and, or, but
  kAdverb = 1u << 12,        // adverbs allowed inside a verb group
  kRelative = 1u << 13,      // who, which, whom, whose
  kConditional = 1u << 14,   // if, unless
  kGet = 1u << 15,           // get, got: "got sanctioned"
};

// Cue classes: the meaning of each is documented in data/cues.txt.
enum class Cue : uint8_t {
  kControlPlanned, kControlPossible, kControlNegative, kControlRecommend, kControlExpect,
  kWishForOther, kAttribution, kReporting, kSpeech, kHedge, kHedgeAdverb,
  kAccusationOf, kAccusationFor, kAccusationOver, kAccusationWith, kAccusationOn,
  kCommitment, kCessation, kAbstain, kDeliberate, kRuleOut, kAvoid, kAspect, kRecommendingFrame,
  kTakesGerund, kHandOver, kTitleModifier, kPresenceLink, kLocative, kDirection, kParticle,
  kHelpFor, kCarriesNoun, kRecommendingVerb, kCausative, kPossibilityNoun, kAbsenceNoun,
  kPlannedAdjective, kPossibleAdjective, kConditionalPredicate, kRegionAdjective, kCancellation,
  kQuantityNoun, kMadeBy, kEvaluative, kNamingVerb, kDenial, kClaim, kRelief, kThreatVerb, kRecommendationNoun,
  kReactionVerb, kEventAnaphor, kEvidenceNoun, kPlanningVerb, kIntent, kNumberWord, kPlaceNoun,
  kCount
};

constexpr uint64_t cue_bit(Cue cue) { return uint64_t{1} << static_cast<unsigned>(cue); }

struct CueBits {
  uint32_t grammar = 0;  // WordClass bits
  uint64_t cues = 0;     // cue_bit() bits
};

class CueTable {
 public:
  // Reads a cues file. Unknown classes and a word in two control classes are
  // reported in `issues` (fatal when the file cannot be read).
  void load(const std::string& path, const Inflector& inflector, std::vector<LexiconIssue>& issues);

  // The classes of a folded word or of a phrase of folded words joined by
  // single spaces ("pull out"); zero bits for other words.
  CueBits lookup(std::string_view folded) const {
    auto it = entries_.find(folded);
    return it == entries_.end() ? CueBits{} : it->second;
  }

  size_t size() const { return entries_.size(); }

 private:
  std::unordered_map<std::string, CueBits, TokenTrie::StringHash, std::equal_to<>> entries_;
};

}  // namespace dyad::lexicon
