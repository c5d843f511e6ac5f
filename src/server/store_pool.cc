#include "server/store_pool.h"

namespace dyad::server {

StorePool::Lease::~Lease() {
  if (!store_) return;  // moved from
  store_->set_deadline({});
  pool_->give_back(std::move(store_));
}

Result<StorePool::Lease> StorePool::lease(Store::Deadline deadline) {
  std::unique_ptr<Store> store;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      store = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!store) {
    auto opened = open_store(location_, StoreOptions{.read_only = true});
    if (!opened.ok()) return opened.status();
    store = std::move(opened).value();
  }
  if (Status st = store->set_deadline(deadline); !st.ok()) return st;
  return Lease(this, std::move(store));
}

void StorePool::give_back(std::unique_ptr<Store> store) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(store));
}

}  // namespace dyad::server
