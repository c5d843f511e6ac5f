// Read-only store connections for the server's request threads: a Store is
// used by one thread at a time, so each request leases one (opened on
// demand, kept for the next request) with the request's deadline set.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::server {

class StorePool {
 public:
  explicit StorePool(std::string location) : location_(std::move(location)) {}

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Store& operator*() { return *store_; }
    Store* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  // A connection whose statements stop at `deadline`, or why none opened.
  Result<Lease> lease(Store::Deadline deadline);

 private:
  void give_back(std::unique_ptr<Store> store);

  std::string location_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace dyad::server
