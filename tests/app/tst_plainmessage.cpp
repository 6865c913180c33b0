// SPDX-License-Identifier: GPL-3.0-or-later
// File names and messages in dialogs are shown as typed, never as HTML.
#include "gui/plainmessage.h"
#include "strictqtest.h"

#include <QApplication>
#include <QLabel>
#include <QTest>
#include <QTimer>

using namespace greenprint;
using namespace Qt::Literals::StringLiterals;

class TestPlainMessage : public test::StrictTestCase
{
    Q_OBJECT

private slots:
    void everyLabelIsPlainText();
    void showPlainMessageShowsTheTextAsTyped();
};

void TestPlainMessage::everyLabelIsPlainText()
{
    QMessageBox box(QMessageBox::Critical, u"Cannot Open Project"_s,
                    u"“<b>plan</b>.greenprint” could not be opened."_s);
    box.setInformativeText(u"<img src=x>: <i>bad</i>"_s);
    makePlainText(box);
    const QList<QLabel *> labels = box.findChildren<QLabel *>();
    int texts = 0;
    for (const QLabel *label : labels) {
        if (label->text().isEmpty())
            continue;
        ++texts;
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QCOMPARE(texts, 2);
}

void TestPlainMessage::showPlainMessageShowsTheTextAsTyped()
{
    QString seen;
    Qt::TextFormat format = Qt::AutoText;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        for (const QLabel *label : box->findChildren<QLabel *>()) {
            if (label->text().contains(u"plan"_s)) {
                seen = label->text();
                format = label->textFormat();
            }
        }
        box->accept();
    });
    showPlainMessage(nullptr, QMessageBox::Warning, u"t"_s, u"<b>plan</b>"_s);
    QCOMPARE(seen, u"<b>plan</b>"_s);
    QCOMPARE(format, Qt::PlainText);
}

QTEST_MAIN(TestPlainMessage)
#include "tst_plainmessage.moc"
