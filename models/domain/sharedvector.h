// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSharedData>
#include <QSharedDataPointer>

#include <cstddef>
#include <initializer_list>
#include <utility>
#include <vector>

namespace greenprint {

/**
 * A std::vector whose copies share their elements until one of them changes (copy on write,
 * like Qt's containers), with std::vector's interface and unsigned sizes.
 *
 * Why: a stage may hold 100,000 components, and the window hands the worker thread that
 * estimates the plan a copy of it on every edit. With a shared vector that copy costs a few
 * reference counts per stage instead of a copy of every component; the document's next edit
 * copies the one stage it changes only if the worker still holds it.
 *
 * The usual rule of shared containers applies: a non-const element reference or iterator taken
 * before the vector is copied writes into both copies. Take it after the copy, or write through
 * the vector.
 */
template<typename T>
class SharedVector
{
    using Items = std::vector<T>;

public:
    using value_type = T;
    using size_type = std::size_t;
    using reference = T &;
    using const_reference = const T &;
    using iterator = typename Items::iterator;
    using const_iterator = typename Items::const_iterator;

    SharedVector()
        : m_data(new Data)
    { }
    SharedVector(Items items) // NOLINT(google-explicit-constructor): a vector is a value of it
        : m_data(new Data(std::move(items)))
    { }
    SharedVector(std::initializer_list<T> items)
        : m_data(new Data(Items(items)))
    { }

    size_type size() const { return items().size(); }
    bool empty() const { return items().empty(); }

    const T &operator[](size_type i) const { return items()[i]; }
    T &operator[](size_type i) { return mutableItems()[i]; }
    const T &at(size_type i) const { return items().at(i); }
    T &at(size_type i) { return mutableItems().at(i); }
    const T &front() const { return items().front(); }
    T &front() { return mutableItems().front(); }
    const T &back() const { return items().back(); }
    T &back() { return mutableItems().back(); }

    const_iterator begin() const { return items().begin(); }
    const_iterator end() const { return items().end(); }
    const_iterator cbegin() const { return items().cbegin(); }
    const_iterator cend() const { return items().cend(); }
    iterator begin() { return mutableItems().begin(); }
    iterator end() { return mutableItems().end(); }

    void push_back(const T &item) { mutableItems().push_back(item); }
    void push_back(T &&item) { mutableItems().push_back(std::move(item)); }
    template<typename... Args>
    T &emplace_back(Args &&...args)
    {
        return mutableItems().emplace_back(std::forward<Args>(args)...);
    }
    iterator insert(const_iterator position, const T &item)
    {
        const auto offset = position - items().cbegin();
        Items &own = mutableItems();
        return own.insert(own.cbegin() + offset, item);
    }
    iterator insert(const_iterator position, T &&item)
    {
        const auto offset = position - items().cbegin();
        Items &own = mutableItems();
        return own.insert(own.cbegin() + offset, std::move(item));
    }
    iterator erase(const_iterator position)
    {
        const auto offset = position - items().cbegin();
        Items &own = mutableItems();
        return own.erase(own.cbegin() + offset);
    }
    iterator erase(const_iterator first, const_iterator last)
    {
        const auto from = first - items().cbegin();
        const auto to = last - items().cbegin();
        Items &own = mutableItems();
        return own.erase(own.cbegin() + from, own.cbegin() + to);
    }
    void clear() { mutableItems().clear(); }
    void reserve(size_type count) { mutableItems().reserve(count); }

    /** The elements, read-only, for code that takes a std::vector. */
    const Items &items() const { return m_data->items; }

    /** Whether this vector shares its elements with a copy (for tests). */
    bool isSharedWith(const SharedVector &other) const { return m_data == other.m_data; }

    friend bool operator==(const SharedVector &a, const SharedVector &b)
    {
        return a.m_data == b.m_data || a.items() == b.items();
    }

private:
    struct Data : QSharedData
    {
        Data() = default;
        explicit Data(Items &&values)
            : items(std::move(values))
        { }
        Items items;
    };

    /** The elements for writing: copied first if another vector shares them. */
    Items &mutableItems() { return m_data->items; } // QSharedDataPointer detaches here

    QSharedDataPointer<Data> m_data;
};

} // namespace greenprint
