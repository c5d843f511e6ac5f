// Running one piece of work in a child process, so that a crash (a signal),
// a hang or a runaway allocation in it cannot take the caller down: how
// `dyad code --db` tries alone the documents an earlier run died on.
#pragma once

#include <chrono>
#include <functional>
#include <string>

namespace dyad {

struct IsolatedOutcome {
  bool completed = false;  // the work returned
  std::string how;         // else how the child ended: "crashed (signal 11: Segmentation fault)", ...
};

// Runs `work` in a child made by fork() and waits for it, killing it past
// `time_limit`. The child ends with _exit(): it flushes nothing and closes
// nothing of the parent's. fork() copies only the calling thread, so call
// this only while the process has one thread.
IsolatedOutcome run_isolated(const std::function<void()>& work, std::chrono::milliseconds time_limit);

}  // namespace dyad
