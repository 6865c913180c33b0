// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesafety.h"

#include "dialogs/recoverydialog.h"

#include "document/autosavecontroller.h"
#include "document/externalchangewatcher.h"
#include "document/projectdocument.h"
#include "document/recoverystore.h"

#include "gui/plainmessage.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace greenprint {

FileSafety::FileSafety(ProjectDocument *document, QWidget *window, const QString &recoveryDirectory)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_directory(recoveryDirectory.isEmpty() ? AutosaveController::defaultDirectory()
                                              : recoveryDirectory)
    , m_autosave(new AutosaveController(document, m_directory, this))
    , m_watcher(new ExternalChangeWatcher(document, this))
{
    setObjectName(QStringLiteral("fileSafety"));
    connect(m_watcher, &ExternalChangeWatcher::changedOnDisk, this, &FileSafety::changedOnDisk);
    connect(m_watcher, &ExternalChangeWatcher::removedFromDisk, this, &FileSafety::removedFromDisk);
}

bool FileSafety::offerRecovery()
{
    RecoveryStore store(m_directory);
    const std::vector<RecoveryEntry> entries = store.orphans();
    if (entries.empty())
        return false;
    RecoveryDialog dialog(entries, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (dialog.choice() == RecoveryDialog::Choice::DiscardAll) {
        for (const RecoveryEntry &entry : entries)
            store.discard(entry);
        return false;
    }
    const int index = dialog.selectedIndex();
    if (index < 0 || index >= int(entries.size()))
        return false;
    if (!store.restore(entries[index], m_document)) {
        showPlainMessage(m_window, QMessageBox::Critical, tr("Cannot Restore Project"),
                         store.errorString());
        return false;
    }
    return true;
}

void FileSafety::changedOnDisk(const QString &path)
{
    if (m_asking)
        return;
    m_asking = true;
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                    tr("“%1” was changed by another program.").arg(QFileInfo(path).fileName()),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(m_document->isModified()
                               ? tr("Reload it and lose your unsaved changes, or keep your "
                                    "version (saving it will overwrite theirs)?")
                               : tr("Reload it, or keep the version you have open (saving it "
                                    "will overwrite theirs)?"));
    QPushButton *reload = box.addButton(tr("&Reload"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep My Version"), QMessageBox::RejectRole);
    box.setDefaultButton(reload);
    makePlainText(box);
    box.exec();
    if (box.clickedButton() == reload) {
        if (!m_document->load(path))
            showPlainMessage(m_window, QMessageBox::Critical, tr("Cannot Reload Project"),
                             m_document->errorString());
    } else {
        m_watcher->acknowledge();
    }
    m_asking = false;
}

void FileSafety::removedFromDisk(const QString &path)
{
    showPlainMessage(m_window, QMessageBox::Warning, tr("File Removed"),
                     tr("“%1” was removed or renamed by another program. Your project is "
                        "still open; save it to keep it.")
                         .arg(QFileInfo(path).fileName()));
}

} // namespace greenprint
