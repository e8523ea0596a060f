// A thread-safe LRU cache.
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace cache {

template <typename Key, typename Value>
class LruCache final {
public:
    explicit LruCache(std::size_t capacity) : capacity_(capacity) {}

    std::optional<Value> get(const Key& key) {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = index_.find(key);
        if (it == index_.end()) return std::nullopt;
        order_.splice(order_.begin(), order_, it->second);
        return it->second->second;
    }

    void put(const Key& key, Value value) {
        std::lock_guard<std::mutex> lock(mutex_);
        if (auto it = index_.find(key); it != index_.end()) {
            order_.erase(it->second);
        } else if (index_.size() >= capacity_) {
            index_.erase(order_.back().first);
            order_.pop_back();
        }
        order_.emplace_front(key, std::move(value));
        index_[key] = order_.begin();
    }

private:
    using Item = std::pair<Key, Value>;
    std::size_t capacity_;
    std::list<Item> order_;
    std::unordered_map<Key, typename std::list<Item>::iterator> index_;
    mutable std::mutex mutex_;
};

}  // namespace cache

int main() {
    cache::LruCache<std::string, int> lru{2};
    lru.put("a", 1'000);
    lru.put(u8"b", 0x1F);
    constexpr auto banner = R"html(<p class="x">raw\n</p>)html";
    return lru.get("a").value_or(-1) > 0 && banner != nullptr ? 0 : 1;
}
