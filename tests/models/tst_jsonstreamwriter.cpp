// SPDX-License-Identifier: GPL-3.0-or-later
// The streaming JSON writer writes what nlohmann's dump(2) writes, byte for byte.
#include "io/csvwriter.h"
#include "io/jsonstreamwriter.h"
#include "strictqtest.h"

#include <QBuffer>
#include <QTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>

using namespace greenprint;
using Json = nlohmann::ordered_json;

namespace {

/**
 * Writes `value` through the stream writer, the way an estimate is written; strings as
 * QString (`asQString`, what the estimate's names and ids are) or as UTF-8.
 */
void write(JsonStreamWriter &out, const Json &value, bool asQString = false)
{
    switch (value.type()) {
    case Json::value_t::object:
        out.beginObject();
        for (const auto &[key, member] : value.items()) {
            out.key(key);
            write(out, member, asQString);
        }
        out.endObject();
        break;
    case Json::value_t::array:
        out.beginArray();
        for (const Json &item : value)
            write(out, item, asQString);
        out.endArray();
        break;
    case Json::value_t::string:
        if (asQString)
            out.value(QString::fromStdString(value.get_ref<const std::string &>()));
        else
            out.value(value.get_ref<const std::string &>());
        break;
    case Json::value_t::boolean:
        out.value(value.get<bool>());
        break;
    case Json::value_t::number_float:
        out.value(value.get<double>());
        break;
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        out.value(value.get<long long>());
        break;
    default:
        out.null();
    }
}

QByteArray streamed(const Json &value, bool asQString = false)
{
    QByteArray text;
    QBuffer buffer(&text);
    buffer.open(QIODevice::WriteOnly);
    {
        JsonStreamWriter out(&buffer);
        write(out, value, asQString);
    }
    return text;
}

} // namespace

class TestJsonStreamWriter : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void sameTextAsNlohmann_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::newRow("scalar") << QByteArray("3.5");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("empty array") << QByteArray("[]");
        QTest::newRow("nested empties") << QByteArray("{\"a\": {}, \"b\": [], \"c\": [{}, []]}");
        QTest::newRow("numbers") << QByteArray(
            "[0.0, -0.0, 1.0, 0.25, 1e20, 1e-7, 123456789012345678.0, 0.1, 2.5e"
            "-300, 1.7976931348623157e308, 4, -12, 2023]");
        QTest::newRow("strings") << QByteArray(
            "[\"\", \"plain\", \"quote \\\" backslash \\\\ slash /\", \"tab\\t "
            "nl\\n cr\\r\", \"\\u0001\\u001f\\b\\f\", \"\\u00e9 \\u65e5\\u672c "
            "\\ud83c\\udf31\", \"\\u007f\"]");
        QTest::newRow("keys to escape, non-ASCII and long")
            << QByteArray("{\"quote \\\" key\": 1, \"tab\\tkey\": [1], \"\\u00e9t\\u00e9\": 2, \""
                          + QByteArray(80, 'k') + "\": {\"a\": 3}}");
        // Past the 32 levels whose indentation is written in one copy.
        QTest::newRow("deeper than 32 levels") << QByteArray("{\"a\": [").repeated(20)
                + QByteArray("{\"leaf\": 1}") + QByteArray("]}").repeated(20);
        QTest::newRow("estimate-like")
            << QByteArray("{\"project\": \"P\", \"total\": {\"energyKWh\": 1.5, \"costUsd\": "
                          "null, \"low\": {\"energyKWh\": 1.0}}, \"stages\": [{\"kind\": \"tr"
                          "aining\", \"components\": [{\"name\": \"a\", \"count\": 4, \"hours"
                          "Derived\": false}, {\"name\": \"b\"}]}], \"issues\": [], \"assumpt"
                          "ions\": [\"x\"]}");
    }

    void sameTextAsNlohmann()
    {
        QFETCH(QByteArray, document);
        const Json value = Json::parse(document.toStdString());
        QCOMPARE(streamed(value), QByteArray::fromStdString(value.dump(2)));
        // QString values take another path for ASCII text (no UTF-8 copy): the same bytes.
        QCOMPARE(streamed(value, /*asQString=*/true), QByteArray::fromStdString(value.dump(2)));
    }

    void nonFiniteNumbersAreNull()
    {
        const Json value = {std::numeric_limits<double>::infinity(), std::nan("")};
        QCOMPARE(streamed(value), QByteArray::fromStdString(value.dump(2)));
        QVERIFY(streamed(value).contains("null"));
    }

    /** Larger than one 64 KiB block: the device gets it all, in order. */
    void longOutputIsComplete()
    {
        Json array = Json::array();
        for (int i = 0; i < 20000; ++i)
            array.push_back(Json{{"name", "component " + std::to_string(i)}, {"value", i * 0.5}});
        QCOMPARE(streamed(array), QByteArray::fromStdString(array.dump(2)));
    }

    /**
     * A writer that continues another, its text appended: the document a single writer gives,
     * whatever the depth of the array and the place of the split.
     */
    void continuedElementsSameAsOneWriter_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("split");
        QTest::newRow("top-level array, split after the first") << 0 << 1;
        QTest::newRow("nested array, split in the middle") << 3 << 500;
        QTest::newRow("nested array, split before the last") << 2 << 999;
    }

    void continuedElementsSameAsOneWriter()
    {
        QFETCH(int, depth);
        QFETCH(int, split);
        constexpr int kElements = 1000;
        const auto element = [](int i) {
            return Json{{"name", QStringLiteral("c%1").arg(i).toStdString()},
                        {"co2eKg", i / 3.0},
                        {"tags", {i}}};
        };
        Json whole = Json::array();
        for (int i = 0; i < kElements; ++i)
            whole.push_back(element(i));
        for (int level = 0; level < depth; ++level)
            whole = Json{{"level", level}, {"inner", whole}};

        QByteArray text;
        QBuffer buffer(&text);
        buffer.open(QIODevice::WriteOnly);
        {
            JsonStreamWriter out(&buffer);
            for (int level = depth - 1; level >= 0; --level) {
                out.beginObject();
                out.member("level", level);
                out.key("inner");
            }
            out.beginArray();
            QByteArray continuedText;
            QBuffer continuedBuffer(&continuedText);
            continuedBuffer.open(QIODevice::WriteOnly);
            {
                JsonStreamWriter continued(&continuedBuffer, out); // before the first element
                for (int i = split; i < kElements; ++i)
                    write(continued, element(i));
            }
            for (int i = 0; i < split; ++i)
                write(out, element(i));
            out.appendElements(
                std::string_view(continuedText.constData(), std::size_t(continuedText.size())));
            out.endArray();
            for (int level = 0; level < depth; ++level)
                out.endObject();
        }
        QCOMPARE(text, QByteArray::fromStdString(whole.dump(2)));
    }

    /** Strings longer than a block, with escapes and non-ASCII text across its ends. */
    void longStringsCrossBlocks()
    {
        std::string mixed;
        for (int i = 0; i < 9000; ++i)
            mixed += i % 7 == 0 ? "a\"b\\c\n\u00e9" : "plain text ";
        const Json value = {{"ascii", std::string(70000, 'x')}, {"mixed", mixed}};
        QCOMPARE(streamed(value), QByteArray::fromStdString(value.dump(2)));
        QCOMPARE(streamed(value, /*asQString=*/true), QByteArray::fromStdString(value.dump(2)));
    }

    void refusedWriteIsReported()
    {
        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        JsonStreamWriter out(&readOnly);
        out.value(1.0);
        // Qt says so itself; the writer must report it too.
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        QVERIFY(!out.flush());
        QVERIFY(!out.ok());
    }

    /** A CSV writer on a device writes the same text as one without, in blocks. */
    void csvOnDeviceIsTheSameText()
    {
        CsvWriter kept;
        QByteArray text;
        QBuffer buffer(&text);
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter streamedCsv(&buffer);
            for (CsvWriter *csv : {&kept, &streamedCsv}) {
                for (int i = 0; i < 5000; ++i) {
                    csv->addTextField(QStringLiteral("row, \"%1\" é").arg(i));
                    csv->addNumber(i * 0.125, 3);
                    csv->addInteger(i);
                    csv->endRecord();
                }
            }
            QVERIFY(streamedCsv.flush());
            QVERIFY(streamedCsv.text().isEmpty());
        }
        QCOMPARE(text, kept.text().toUtf8());
    }
};

QTEST_GUILESS_MAIN(TestJsonStreamWriter)
#include "tst_jsonstreamwriter.moc"
