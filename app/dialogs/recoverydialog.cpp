// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace greenprint {

RecoveryDialog::RecoveryDialog(const std::vector<RecoveryEntry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Recover Unsaved Projects"));
    auto *intro = new QLabel(tr("Greenprint did not close normally last time. These projects had "
                                "changes that were not saved:"),
                             this);
    intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    const QLocale locale;
    for (const RecoveryEntry &entry : entries) {
        const QString name =
            entry.projectName.isEmpty() ? tr("Untitled project") : entry.projectName;
        const QString file = entry.originalPath.isEmpty() ? tr("never saved") : entry.originalPath;
        const QString when = locale.toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
        auto *item = new QListWidgetItem(tr("%1\n%2 · autosaved %3").arg(name, file, when), m_list);
        item->setToolTip(entry.projectFile);
    }
    m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *discard =
        buttons->addButton(tr("&Discard All"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    restore->setDefault(true);
    connect(restore, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Restore;
        accept();
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_choice = Choice::DiscardAll;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, restore, &QPushButton::click);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 300);
}

int RecoveryDialog::selectedIndex() const
{
    return m_list->currentRow();
}

} // namespace greenprint
