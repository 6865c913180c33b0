// SPDX-License-Identifier: GPL-3.0-or-later
// RapidJSON's parse hands the builder what nlohmann's would, and leaves to nlohmann what it
// words (io/fastjsonparse.h); the reader's results are compared in tst_streamedcomponents.
#include "strictqtest.h"

#include "io/fastjsonparse.h"
#include "io/jsondombuilder.h"

#include <QTest>

using namespace greenprint;
using Internal::FastParseResult;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(greenprint::Internal::FastParseResult)

namespace {

constexpr int kMaxDepth = 64;

struct Parsed
{
    FastParseResult result;
    std::string dump; ///< the document as nlohmann writes it, types told apart
};

Parsed fast(const QByteArray &json)
{
    Internal::OrderedJson document;
    Internal::JsonDomBuilder builder(document, json, kMaxDepth);
    const FastParseResult result = Internal::fastSaxParse(json, builder);
    return {result, result == FastParseResult::Parsed ? document.dump() : std::string()};
}

std::string byNlohmann(const QByteArray &json)
{
    Internal::OrderedJson document;
    Internal::JsonDomBuilder builder(document, json, kMaxDepth);
    return Internal::OrderedJson::sax_parse(json.cbegin(), json.cend(), &builder) ? document.dump()
                                                                                  : std::string();
}

/** The JSON type of each element of the array `json`, as nlohmann's DOM holds it. */
QString types(const std::string &dump)
{
    QString names;
    for (const auto &item : Internal::OrderedJson::parse(dump))
        names += QString::fromLatin1(item.type_name()) + u' ';
    return names.trimmed();
}

} // namespace

class TestFastJsonParse : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void sameDocumentAsNlohmann_data();
    void sameDocumentAsNlohmann();
    void numberKinds();
    void leftToNlohmann_data();
    void leftToNlohmann();
};

void TestFastJsonParse::sameDocumentAsNlohmann_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("types"); ///< of the elements, when the document is an array
    QTest::newRow("integers") << QByteArray("[0, -0, 7, -7, 18446744073709551615, "
                                            "-9223372036854775808]")
                              << u"number number number number number number"_s;
    QTest::newRow("integers past 64 bits are floats")
        << QByteArray("[18446744073709551616, -9223372036854775809, 1" + QByteArray(30, '0') + "]")
        << u"number number number"_s;
    QTest::newRow("floats") << QByteArray("[1.0, -0.0, 1e2, 1E-2, 0.1, 2.5e-300, "
                                          "1.7976931348623157e308, 4.9e-324, 0.30000000000000004]")
                            << u"number number number number number number number number "
                               "number"_s;
    QTest::newRow("strings and escapes")
        << QByteArray(R"(["", "a\"b\\c\/d", "\b\f\n\r\t", "\u00e9\u65e5", "\ud83c\udf31",)"
                      R"( "a\u0000b", "é日本"])")
        << u"string string string string string string string"_s;
    QTest::newRow("objects, duplicate keys, nesting")
        << QByteArray(R"({"a": {"b": [1, {"c": null}], "d": true}, "a": false, "e": []})")
        << QString();
}

void TestFastJsonParse::sameDocumentAsNlohmann()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, types);
    const Parsed parsed = fast(json);
    QCOMPARE(parsed.result, FastParseResult::Parsed);
    QCOMPARE(QByteArray::fromStdString(parsed.dump), QByteArray::fromStdString(byNlohmann(json)));
    if (!types.isEmpty())
        QCOMPARE(::types(parsed.dump), types);
}

/** Integers stay integers, signed or not, and floats floats: extras are written back from them.
 */
void TestFastJsonParse::numberKinds()
{
    Internal::OrderedJson document;
    const QByteArray json("[3, -3, 3.0, 18446744073709551616]");
    Internal::JsonDomBuilder builder(document, json, kMaxDepth);
    QCOMPARE(Internal::fastSaxParse(json, builder), FastParseResult::Parsed);
    QVERIFY(document[0].is_number_unsigned());
    QVERIFY(document[1].is_number_integer() && !document[1].is_number_unsigned());
    QVERIFY(document[2].is_number_float());
    QVERIFY(document[3].is_number_float());
    QCOMPARE(document[3].get<double>(), 18446744073709551616.0);
}

/** What nlohmann words the problem of, or reads its own way, is left to it. */
void TestFastJsonParse::leftToNlohmann_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<FastParseResult>("expected");
    QTest::newRow("syntax error") << QByteArray("{\"a\": 1,}") << FastParseResult::Retry;
    QTest::newRow("truncated") << QByteArray("[1, 2") << FastParseResult::Retry;
    QTest::newRow("NaN") << QByteArray("[NaN]") << FastParseResult::Retry;
    QTest::newRow("comment") << QByteArray("[1 /* x */]") << FastParseResult::Retry;
    QTest::newRow("leading zero") << QByteArray("[01]") << FastParseResult::Retry;
    QTest::newRow("overflow") << QByteArray("[1e400]") << FastParseResult::Retry;
    QTest::newRow("underflow to zero") << QByteArray("[1e-400]") << FastParseResult::Retry;
    QTest::newRow("lone low surrogate") << QByteArray(R"(["\udc00"])") << FastParseResult::Retry;
    QTest::newRow("lone high surrogate") << QByteArray(R"(["\ud800"])") << FastParseResult::Retry;
    QTest::newRow("lone surrogate in a key")
        << QByteArray(R"({"\udc00": 1})") << FastParseResult::Retry;
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[1]") << FastParseResult::Retry;
    QTest::newRow("two documents") << QByteArray("[1] [2]") << FastParseResult::Retry;
    QTest::newRow("the builder stops: too deep")
        << QByteArray(80, '[') + QByteArray(80, ']') << FastParseResult::Stopped;
}

void TestFastJsonParse::leftToNlohmann()
{
    QFETCH(QByteArray, json);
    QFETCH(FastParseResult, expected);
    QCOMPARE(fast(json).result, expected);
}

QTEST_GUILESS_MAIN(TestFastJsonParse)
#include "tst_fastjsonparse.moc"
