// EventFinder: the event assembly of one sentence, split by concern:
// subjects.cc (who acts), verb_events.cc (verb patterns, objects, targets),
// nominal_events.cc (event nouns, troops abroad) and event_finder.cc (the
// driver and the emission of events). Internal to the coder.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "event_finder.h"
#include "modality.h"
#include "cue_words.h"

namespace dyad::coder {

using lexicon::PatternElement;
using lexicon::VerbPattern;

// Clause marks shared by the parts of the event finder.
bool is_boundary_punct(std::string_view folded);
bool is_dash_boundary(const Sentence& s, int k);
bool group_has_coded(const Sentence& s, int group);
bool group_in_pp(const Sentence& s, int group);
int skip_inserted_clause(const Sentence& s, int k);

class EventFinder {
 public:
  EventFinder(const Sentence& s, const lexicon::CompiledLexicon& lex);
  AssembledEvents run();

 private:
  // --- subjects ---
  bool purpose_after_object(const VerbGroup& g, const VerbGroup& governor) const;
  int antecedent_of_relative(int relative) const;
  int find_subject(int v);
  int find_subject_in_clause(int v);
  // The object of a speech verb that ends right before token k ("warned
  // Seoul [that]"), or kNone.
  int object_of_speech_before(int k) const;
  // "Washington should expand sanctions and deepen sharing", "Seoul should
  // supply X, fund Y, and press Z", "should station X; deepen Y; and invite
  // Z": a verb with no auxiliary of its own after "and", "or", a comma or a
  // semicolon continues the verb before it, with its subject and its modal.
  // The earlier verb, or kNone.
  int coordinated_head(int v) const;
  // The relative pronoun that opens the clause of the verb at `verb`
  // ("who relocated"), or kNone when the verb's clause has none.
  int relative_pronoun_before(int verb) const;
  static bool is_clause_preposition(const std::string& prep);
  // The last finite verb group of a main clause before the comma at `comma`, or kNone.
  int main_verb_before(int comma) const;
  // The coded subject that opens the sentence before `comma`, followed by a
  // verb outside the dictionaries or an auxiliary; else kNone.
  int opening_subject(int comma) const;

  // "he", "she", "it", "they" as a subject: the subject of an earlier verb in
  // this sentence that fits, else the nearest fitting actor before it
  // (ANNOTATION.md: pronouns resolve within the sentence only).
  bool pronoun_fits(std::string_view pronoun, int group) const;
  // "North Korean troops", "Russian forces": a plural of soldiers (no "it").
  bool plural_troops(const ActorPhrase& p) const;
  int resolve_pronoun(int pronoun_token, int v) const;
  int resolve_pronoun_as(std::string_view pronoun, int pronoun_token, int v) const;

  // "The cooperation between North Korea and Russia was condemned": the actors
  // inside a subject that is not itself an actor.
  int actor_in_subject_phrase(const VerbGroup& g) const;

  // The noun an object relative clause is about: in "the sanctions that Japan
  // imposed", the token of "sanctions" for the verb "imposed"; else -1.
  int object_antecedent(int v) const;

  // "..., a charge North Korea denied": a denial with no target of its own
  // answers the accusation before it, whose speaker is the target.
  int accuser_before(const VerbGroup& g) const;

  // --- objects ---
  bool is_speech_code(const std::string& code) const;

  // Codes of strikes by air, artillery or bombs, whose place is their target.
  static bool strikes_a_place(const std::string& code);
  static bool attacks(const std::string& code);
  // The first group of organisation `org` in [from, to), or kNone.
  int org_in_window(int from, int to, std::string_view org) const;
  // The group a show of force is staged near ("a drill around Taiwan"), or kNone.
  int force_posture_target(const VerbGroup& g, int end, int source) const;
  // Whether the verb's object names places or targets ("struck targets in ...").
  bool object_is_a_place(const VerbGroup& g) const;
  // "Kim thanked Putin for sending the delegation": what one is thanked for
  // was done for the one who thanks, who is its target when none is named.
  // "the Chinese-built port", "US-made tanks": the group names who made an
  // object, and is not itself a target.
  bool names_a_maker(int group) const;
  // The last coded group before `token` that is not of `source`'s entities.
  int other_party_before(int token, int source) const;
  bool region_after(int token) const;
  int thanker_of(int v) const;
  int possessive_object_owner(int v, int source) const;
  int topic_target(int from, int to, int source) const;
  bool anaphor_object(const VerbGroup& g, int subject) const;
  int reaction_target(int v, int source) const;
  int reaction_noun_target(int noun) const;
  // Codes whose passive subject is what moves (troops, weapons), not who receives it.
  static bool moves_a_theme(const std::string& code);

  // End of the stretch after a verb where its objects may stand.
  int window_end(const VerbGroup& g, bool speech) const;

  // ", officials said", ", the ministry reported": a closing attribution.
  bool starts_attribution(int comma) const;

  // "warned that ...", "dismissed reports that ...", "threatened to strike ...",
  // "denounced what he called ...": a clause follows the speech verb.
  bool introduces_clause(const VerbGroup& g) const;

  // A speech act's complement runs to the end of the sentence, short of ";" and attribution.
  int complement_end(const VerbGroup& g) const;
  // Whether the word at k modifies a class noun right after it ("missile technology").
  bool modifies_next(int k) const;
  bool word_matches(int k, const PatternElement& e) const;

  // First coded phrase group in [from, to) other than `exclude`, whose phrases
  // are not all the same entity as the source; optionally with a given preposition.
  // Places and topics are not the object of an act: "met Kim in Pyongyang",
  // "shared intelligence on North Korean troops".
  bool is_locative(const std::string& prep) const;

  // Whether a group stands in a place or topic phrase that is no object. A
  // preposition that belongs to the verb ("called on UN member states") or
  // that the matched event noun takes ("sanctions on Pyongyang") is an object.
  bool is_adjunct(int group, int verb_end, int element) const;

  // Whether the "by" at `by` follows a past participle ("set by", "signed by").
  bool after_participle(int by) const;

  // `verb_end` >= 0 excludes places and topics (see is_adjunct).
  int first_target(int from, int to, int exclude, int source_group, bool skip_by, int verb_end = -1, int element = -1) const;
  bool same_entities(int a, int b) const;
  // Whether every coded entity of group b is one of group a's: "Iranian" in
  // "China, Russia and Iran held drills near the Iranian port".
  bool contained_in(int a, int b) const;
  // Whether an event noun stands in [from, to).
  bool event_noun_between(int from, int to) const;

  struct PatternMatch {
    const VerbPattern* pattern = nullptr;
    int target_group = kNone;  // from a "+" element
    int last_element = -1;     // token of the last word element matched
  };

  // The most specific pattern that matches; among equally specific ones, the
  // one whose first element stands nearest the verb ("send lethal arms", not
  // "send ... officials" of a later clause).
  PatternMatch match_pattern(const VerbGroup& g, int from, int to, int source_group, bool from_antecedent = false) const;

  // A verb that only governs the next one: "agreed to hold drills", "refused
  // to confirm", "helped push": the governed verb carries the event.
  bool governs_next_verb(const VerbGroup& g) const;
  // Whether an infinitive verb group starts in [from, to).
  bool infinitive_between(int from, int to) const;
  void code_verb(int v);
  void code_evaluation(int v, int speaker);
  void code_allegation_answered(int v, int accuser);
  // "Riyadh joined Cairo in condemning ...": the subject of "join" for the
  // gerund at verb group v, or kNone.
  int joiner_of(int v) const;
  // "accuse each other", "attacked one another" right after the verb.
  bool reciprocal_object(const VerbGroup& g, int end) const;
  void drop_evaluations_said_sharper();
  void aim_threats_at_their_acts();

  // --- nominal events ---
  bool is_adjective_like(int k) const;

  // "urged Moscow to end its cooperation with Pyongyang": neither the ending
  // nor the ongoing act is coded (ANNOTATION.md, recommendations not to act).
  bool object_of_cessation(int noun) const;
  void code_noun(int i);
  int noun_owner(int i, bool& presupposed) const;
  int relieved_sanctions(int end_noun) const;
  // The subject of a "that" clause right after an accusation noun, or kNone.
  int accused_in_clause(int end_noun) const;
  void code_relief(int i, int end_noun, int source, bool presupposed);
  // The verb group right before an event noun's phrase that carries out the
  // event ("widen [new] sanctions"), or kNone.
  int carrying_verb(int noun) const;
  // The verb group whose object phrase the noun heads ("lift [an 18-year arms] embargo"), or kNone.
  // `through_prepositions`: also past "for", "into", "a round of" and an object phrase.
  int verb_right_before(int noun, bool through_prepositions = false) const;
  // "took delivery of": the verb group of "take" right before the noun, or kNone.
  int taking_verb(int noun) const;
  // Whether a verb judges or asks for its object rather than doing it: its
  // plain pattern appeals, demands, disapproves, rejects or threatens.
  bool speaks_about(const VerbGroup& g) const;
  int object_origin(int end_noun) const;
  int help_infinitive_end(int j) const;
  int noun_target(const lexicon::EventNoun& noun, int end_noun, int& source, bool& between) const;

  // The actor a clause is about, for a joint noun with no owner: the nearest
  // coded group before `token` outside prepositional phrases, in the same clause.
  int clause_subject_before(int token) const;

  // --- troops abroad ---
  // "North Korean soldiers are in Russia", "troops stationed in Kursk ... in
  // Russia": a state's troops on another state's soil are military
  // protection provided to it (074).
  void code_presence(int p);

  // Index of the last verb group that starts before `token`, or -1.
  int nearest_verb_before(int token) const;

  // "a trip to Moscow by Kim Jong Un": the by-phrase after a nominal's target.
  int by_phrase_after(int from, int to) const;

  // --- emission ---
  void add(int source, int target, const std::string& code, int anchor, int anchor_end, bool nominal, const EventSite& site, double confidence);

  // Whether the target sits in a noun phrase about an event ("the transfer of
  // missiles from North Korea", "North Korea's supply of shells").
  bool noun_phrase_of_event(int target_group) const;

  // The target group and any group joined to it as "and with Y" / "and to Y".
  std::vector<int> target_phrases(int target_group) const;

  // "condemned the transfer of missiles from North Korea to Russia": the
  // groups that continue the target's noun phrase through prepositions only.
  std::vector<int> noun_phrase_groups(int target_group) const;
  void emit(int source_group, int target_group, const std::string& code, const std::string& rev, int anchor, int anchor_end, bool nominal, const EventSite& site, double confidence);

  // Joint acts of a compound actor: one event per ordered pair.
  void emit_within(int group, const std::string& code, int anchor, int anchor_end, bool nominal, const EventSite& site, double confidence);
  const Sentence& s_;
  const lexicon::CompiledLexicon& lex_;
  std::vector<int> subjects_;
  std::vector<bool> relative_subject_;  // subject found through who/which/that
  std::vector<bool> inferred_subject_;  // subject from a pronoun or a coordinated verb
  std::vector<int> coordinated_;        // the verb each verb continues (coordinated_head), or kNone
  int troops_class_ = -1;              // the &TROOPS word class, if the lexicon has one
  int targets_class_ = -1;             // the &TARGETS word class
  int victims_class_ = -1;             // the &VICTIMS word class ("civilians", "militants")
  std::vector<CandidateEvent> events_;
};

}  // namespace dyad::coder
