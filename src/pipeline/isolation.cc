#include "dyad/isolation.h"

#include <fmt/format.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <thread>

namespace dyad {
namespace {

IsolatedOutcome outcome_of(int status) {
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return {true, ""};
  if (WIFSIGNALED(status))
    return {false, fmt::format("crashed (signal {}: {})", WTERMSIG(status), strsignal(WTERMSIG(status)))};
  return {false, fmt::format("ended with exit status {}", WEXITSTATUS(status))};
}

}  // namespace

IsolatedOutcome run_isolated(const std::function<void()>& work, std::chrono::milliseconds time_limit) {
  pid_t child = fork();
  if (child < 0) return {false, fmt::format("could not be tried alone: {}", std::strerror(errno))};
  if (child == 0) {
    work();
    _exit(0);
  }
  auto deadline = std::chrono::steady_clock::now() + time_limit;
  int status = 0;
  while (true) {
    pid_t done = waitpid(child, &status, WNOHANG);
    if (done == child) return outcome_of(status);
    if (done < 0 && errno != EINTR) return {false, fmt::format("could not be waited for: {}", std::strerror(errno))};
    if (std::chrono::steady_clock::now() > deadline) {
      kill(child, SIGKILL);
      waitpid(child, &status, 0);
      auto ms = time_limit.count();
      return {false, ms % 1000 == 0 ? fmt::format("did not finish in {} s", ms / 1000)
                                    : fmt::format("did not finish in {} ms", ms)};
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

}  // namespace dyad
