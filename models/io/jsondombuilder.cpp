// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondombuilder.h"

#include <QByteArray>

#include <algorithm>
#include <charconv>
#include <iterator>

namespace greenprint::Internal {
namespace {

// The nlohmann exception id for a number that does not fit a double.
constexpr int kNumberOverflowId = 406;

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/** The alphanumeric word around byte `offset`, lowercased, to recognise NaN and Infinity. */
QByteArray wordAt(const QByteArray &text, qsizetype offset)
{
    qsizetype begin = offset;
    while (begin > 0 && isWordChar(text.at(begin - 1)))
        --begin;
    qsizetype end = offset;
    while (end < text.size() && isWordChar(text.at(end)))
        ++end;
    return text.mid(begin, end - begin).toLower();
}

/** nlohmann's explanation without its "[json.exception...] parse error at line..: " prefix. */
QString nlohmannDetail(const char *what)
{
    QString text = QString::fromUtf8(what);
    const qsizetype column = text.indexOf(u"column ");
    const qsizetype colon = text.indexOf(u": ", column < 0 ? 0 : column);
    if (colon >= 0)
        return text.mid(colon + 2);
    const qsizetype bracket = text.indexOf(u"] ");
    return bracket >= 0 ? text.mid(bracket + 2) : text;
}

} // namespace

QString lineColumn(const QByteArray &text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if (!isContinuationByte(text.at(i)))
            ++column;
    }
    return QCoreApplication::translate("greenprint::ProjectReader", "line %1, column %2")
        .arg(line)
        .arg(column);
}

void appendMember(OrderedJson &object, std::string key, OrderedJson &&value)
{
    auto &members = object.get_ref<OrderedJson::object_t &>();
    static_cast<OrderedJson::object_t::Container &>(members).emplace_back(std::move(key),
                                                                          std::move(value));
}

QString joinPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + u'.' + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    // One allocation, the digits by to_chars: concatenating QString::number() (a locale's
    // formatting and three allocations) took a twentieth of reading a large plan, whose
    // every component has its path.
    char digits[24];
    const char *end = std::to_chars(std::begin(digits), std::end(digits), index).ptr;
    const auto count = qsizetype(end - digits);
    QString path(parent.size() + count + 2, Qt::Uninitialized);
    QChar *out = std::copy(parent.cbegin(), parent.cend(), path.data());
    *out++ = u'[';
    out = std::transform(static_cast<const char *>(digits), end, out,
                         [](char digit) { return QChar(char16_t(digit)); });
    *out = u']';
    return path;
}

JsonDomBuilder::JsonDomBuilder(OrderedJson &root, const QByteArray &text, int maxDepth,
                               const std::atomic_bool *cancel)
    : m_root(root)
    , m_text(text)
    , m_maxDepth(maxDepth)
    , m_cancel(cancel)
{ }

bool JsonDomBuilder::null()
{
    addValue(OrderedJson(nullptr));
    return proceed();
}

bool JsonDomBuilder::boolean(bool value)
{
    addValue(OrderedJson(value));
    return proceed();
}

bool JsonDomBuilder::number_integer(number_integer_t value)
{
    addValue(OrderedJson(value));
    return proceed();
}

bool JsonDomBuilder::number_unsigned(number_unsigned_t value)
{
    addValue(OrderedJson(value));
    return proceed();
}

bool JsonDomBuilder::number_float(number_float_t value, const string_t &)
{
    addValue(OrderedJson(value));
    return proceed();
}

bool JsonDomBuilder::string(string_t &value)
{
    addValue(OrderedJson(std::move(value)));
    return proceed();
}

bool JsonDomBuilder::binary(binary_t &)
{
    // JSON text has no binary values; only the binary formats produce this event.
    addIssue(nextPath(), tr("binary values are not allowed"));
    return false;
}

bool JsonDomBuilder::start_object(std::size_t)
{
    return open(OrderedJson::object());
}

std::size_t JsonDomBuilder::findKey(Frame &frame, const std::string &key)
{
    const OrderedJson::object_t::Container &members =
        frame.container->get_ref<const OrderedJson::object_t &>();
    if (members.size() <= kIndexKeysAbove) {
        for (std::size_t i = 0; i < members.size(); ++i) {
            if (members[i].first == key)
                return i;
        }
        return kNewKey;
    }
    if (frame.keyIndex.empty()) {
        for (std::size_t i = 0; i < members.size(); ++i)
            frame.keyIndex.emplace(members[i].first, i);
    }
    const auto it = frame.keyIndex.find(key);
    return it == frame.keyIndex.end() ? kNewKey : it->second;
}

bool JsonDomBuilder::key(string_t &value)
{
    Frame &frame = m_stack.back();
    frame.pendingIndex = findKey(frame, value);
    if (frame.pendingIndex != kNewKey) {
        addIssue(joinPath(frame.path, QString::fromStdString(value)),
                 tr("duplicate key \"%1\" in the same object").arg(QString::fromStdString(value)));
    }
    frame.pendingKey = std::move(value);
    return proceed();
}

bool JsonDomBuilder::end_object()
{
    return close();
}

bool JsonDomBuilder::start_array(std::size_t)
{
    return open(OrderedJson::array());
}

bool JsonDomBuilder::end_array()
{
    return close();
}

bool JsonDomBuilder::close()
{
    const QString path = std::move(m_stack.back().path);
    m_stack.pop_back();
    if (streaming()) {
        stream(path, m_element);
        // Emptied, not destroyed: the next component object reuses its storage.
        if (m_element.is_object())
            m_element.get_ref<OrderedJson::object_t &>().clear();
        else
            m_element = OrderedJson();
        m_heldValues = m_heldBeforeElement;
    }
    return proceed();
}

bool JsonDomBuilder::streaming() const
{
    return m_sink && !m_stack.empty() && m_stack.back().role == Role::Components;
}

void JsonDomBuilder::stream(const QString &path, OrderedJson &element)
{
    Frame &frame = m_stack.back();
    if (++m_components > m_maxComponents) {
        if (!m_refused)
            addIssue(path, tr("more than %1 components; the file is refused").arg(m_maxComponents));
        m_refused = true;
        return;
    }
    m_sink->component(frame.stageIndex, frame.streamed++, path, element);
}

void JsonDomBuilder::hold()
{
    if (++m_heldValues <= m_maxHeldValues || m_refused)
        return;
    addIssue(nextPath(),
             tr("more than %1 values outside the components (settings, catalog, "
                "scenarios and unknown keys); the file is refused")
                 .arg(m_maxHeldValues));
    m_refused = true;
}

JsonDomBuilder::Role JsonDomBuilder::roleOfNext(bool isArray) const
{
    if (!m_sink || m_stack.empty())
        return Role::Other;
    const Frame &parent = m_stack.back();
    if (m_stack.size() == 1 && isArray && parent.container->is_object()
        && parent.pendingKey == "stages")
        return Role::Stages;
    if (parent.role == Role::Stages && !isArray)
        return Role::Stage;
    if (parent.role == Role::Stage && isArray && parent.pendingKey == "components")
        return Role::Components;
    return Role::Other;
}

bool JsonDomBuilder::parse_error(std::size_t position, const std::string &,
                                 const nlohmann::detail::exception &error)
{
    const qsizetype offset = position > 0 ? qsizetype(position) - 1 : 0;
    const QString where = lineColumn(m_text, offset);
    const QByteArray word = offset < m_text.size() ? wordAt(m_text, offset) : QByteArray();
    if (error.id == kNumberOverflowId) {
        addIssue({}, tr("number out of range at %1 (NaN and Infinity are not allowed)").arg(where));
    } else if (word == "nan" || word == "inf" || word == "infinity") {
        addIssue({}, tr("invalid JSON at %1: NaN and Infinity are not allowed").arg(where));
    } else {
        addIssue({}, tr("invalid JSON at %1: %2").arg(where, nlohmannDetail(error.what())));
    }
    return false;
}

OrderedJson *JsonDomBuilder::addValue(OrderedJson &&value)
{
    if (streaming()) { // a component that is not an object: handed over as it is
        stream(nextPath(), value);
        return nullptr;
    }
    hold();
    if (m_stack.empty()) {
        m_root = std::move(value);
        return &m_root;
    }
    Frame &frame = m_stack.back();
    if (frame.container->is_array()) {
        frame.container->push_back(std::move(value));
        return &frame.container->back();
    }
    OrderedJson::object_t::Container &members = frame.container->get_ref<OrderedJson::object_t &>();
    if (frame.pendingIndex != kNewKey) { // a duplicate key: the last value is kept
        OrderedJson &slot = members[frame.pendingIndex].second;
        slot = std::move(value);
        return &slot;
    }
    if (!frame.keyIndex.empty())
        frame.keyIndex.emplace(frame.pendingKey, members.size());
    appendMember(*frame.container, std::move(frame.pendingKey), std::move(value));
    return &members.back().second;
}

QString JsonDomBuilder::nextPath() const
{
    if (m_stack.empty())
        return {};
    const Frame &frame = m_stack.back();
    if (frame.role == Role::Components)
        return indexPath(frame.path, qsizetype(frame.streamed));
    if (frame.container->is_array())
        return indexPath(frame.path, qsizetype(frame.container->size()));
    return joinPath(frame.path, QString::fromStdString(frame.pendingKey));
}

bool JsonDomBuilder::open(OrderedJson &&container)
{
    if (!proceed())
        return false;
    const QString path = nextPath();
    if (int(m_stack.size()) >= m_maxDepth) {
        addIssue(path, tr("nesting is deeper than %1 levels; the file is refused").arg(m_maxDepth));
        return false;
    }
    const bool isArray = container.is_array();
    Frame frame{nullptr, path, {}, kNewKey, {}, roleOfNext(isArray), 0, 0};
    if (frame.role == Role::Stage)
        frame.stageIndex = m_stack.back().container->size();
    if (frame.role == Role::Components) {
        frame.stageIndex = m_stack.back().stageIndex;
        if (m_stack.back().pendingIndex != kNewKey) // "components" again: the last one counts
            m_sink->discard(frame.stageIndex, false);
    }
    if (frame.role == Role::Stages && m_stack.back().pendingIndex != kNewKey)
        m_sink->discard(0, true);
    if (streaming()) { // a component object: built aside, handed over when it closes
        m_heldBeforeElement = m_heldValues;
        hold();
        // A component object takes the emptied storage of the previous one: no
        // allocation per member for the next 100,000 components of the same shape.
        const bool reuse = !isArray && m_element.is_object() && m_element.empty();
        if (!reuse)
            m_element = std::move(container);
        frame.container = &m_element;
    } else {
        frame.container = addValue(std::move(container));
    }
    m_stack.push_back(std::move(frame));
    return proceed();
}

void JsonDomBuilder::addIssue(const QString &path, const QString &message)
{
    m_issues.push_back({Issue::Severity::Error, path, message, {}});
}

} // namespace greenprint::Internal
