// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace greenprint {

/**
 * A one-line label that elides its text in the middle to the width it is given and shows the
 * whole text as its tooltip when elided. Its height never depends on the text, so what stands
 * below it does not move when the text grows (the editor's heading while a name is typed).
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace greenprint
