// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: ProjectReader::read on arbitrary bytes, then whatever it accepts goes
// through the estimator and a write/read round trip.
#include "engine/estimator.h"
#include "io/projectreader.h"
#include "io/projectwriter.h"
#include "refdata/referencerepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace greenprint;

namespace {

const ReferenceData *g_reference = nullptr;

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_projectreader: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static const ReferenceRepository::Loaded loaded = ReferenceRepository::loadEmbedded();
    if (!loaded.ok)
        fail("cannot load the embedded reference data", {});
    g_reference = &loaded.data;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Raw data, not a copy: an over-read past the input is an ASan report.
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ProjectReader reader;
    const std::optional<Project> project = reader.read(bytes, QStringLiteral("fuzz.greenprint"));
    if (!project) {
        if (reader.issues().empty())
            fail("read failed without an issue", {});
        return 0;
    }

    const Estimate estimate = estimateProject(*project, *g_reference);
    (void)estimate;

    ProjectWriter writer;
    const QByteArray written = writer.toJson(*project);
    if (written.isEmpty())
        return 0; // refused with an error (e.g. an extra that cannot be represented)
    ProjectReader again;
    const std::optional<Project> reread = again.read(written, QStringLiteral("rewritten"));
    if (!reread)
        fail("the writer's output does not read back", again.errorString());
    return 0;
}
