// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: CsvReader::parse (the reader of every CSV Greenprint reads) on arbitrary bytes.
#include "io/csvreader.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace greenprint;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_csvreader: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    CsvReader reader;
    if (!reader.parse(bytes, QStringLiteral("fuzz.csv"))) {
        if (reader.errorString().isEmpty() || reader.errorLine() < 1 || reader.errorColumn() < 1)
            fail("parse failed without a positioned error");
        return 0;
    }
    if (!reader.errorString().isEmpty())
        fail("parse succeeded with an error string");
    const qsizetype columns = reader.header().size();
    int previousLine = 0;
    for (int i = 0; i < static_cast<int>(reader.rows().size()); ++i) {
        if (reader.rows()[i].size() != columns)
            fail("a record has another field count than the header");
        if (reader.rowLine(i) <= previousLine)
            fail("record lines are not increasing");
        previousLine = reader.rowLine(i);
    }
    if (columns > 0 && reader.columnIndex(reader.header().front()) != 0)
        fail("the first header field is not at column 0");
    return 0;
}
