// SPDX-License-Identifier: GPL-3.0-or-later
// An optional value kept on the heap: a value type for rare, large members.
#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace greenprint {

/**
 * An optional `T` with value semantics (copies copy the value, == compares it),
 * held on the heap so that it costs one pointer while absent. For a member that
 * is large and rarely set: a Component's Calibration is 344 bytes that almost
 * every component leaves out; inline, it made each Component 608 bytes instead
 * of 264, and a plan of a million components 340 MB larger.
 *
 * The interface is std::optional's, as far as the project uses it.
 */
template<typename T>
class BoxedOptional
{
public:
    BoxedOptional() = default;
    BoxedOptional(std::nullopt_t) { }
    BoxedOptional(const T &value)
        : m_value(std::make_unique<T>(value))
    { }
    BoxedOptional(T &&value)
        : m_value(std::make_unique<T>(std::move(value)))
    { }
    BoxedOptional(const std::optional<T> &value)
    {
        if (value)
            m_value = std::make_unique<T>(*value);
    }
    BoxedOptional(std::optional<T> &&value)
    {
        if (value)
            m_value = std::make_unique<T>(std::move(*value));
    }
    BoxedOptional(const BoxedOptional &other)
    {
        if (other.m_value)
            m_value = std::make_unique<T>(*other.m_value);
    }
    BoxedOptional(BoxedOptional &&) noexcept = default;
    BoxedOptional &operator=(const BoxedOptional &other)
    {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    BoxedOptional &operator=(BoxedOptional &&) noexcept = default;
    ~BoxedOptional() = default;

    bool has_value() const { return bool(m_value); }
    explicit operator bool() const { return has_value(); }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return m_value.get(); }
    const T *operator->() const { return m_value.get(); }
    T value_or(const T &fallback) const { return m_value ? *m_value : fallback; }
    void reset() { m_value.reset(); }
    /** A new value in place of any held (std::optional::emplace). */
    template<typename... Args>
    T &emplace(Args &&...args)
    {
        m_value = std::make_unique<T>(std::forward<Args>(args)...);
        return *m_value;
    }
    /** A copy of the value as a std::optional (for code that modifies its own copy). */
    std::optional<T> toOptional() const
    {
        return m_value ? std::optional<T>(*m_value) : std::nullopt;
    }

    friend bool operator==(const BoxedOptional &a, const BoxedOptional &b)
    {
        if (!a.m_value || !b.m_value)
            return !a.m_value && !b.m_value;
        return *a.m_value == *b.m_value;
    }

private:
    std::unique_ptr<T> m_value;
};

} // namespace greenprint
