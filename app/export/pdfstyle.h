// SPDX-License-Identifier: GPL-3.0-or-later
// The look of the PDF plan: one font family and a small print-friendly palette.
#pragma once

#include <QColor>
#include <QString>

namespace greenprint::PdfStyle {

/** DejaVu Sans ships with Debian (fonts-dejavu-core) and covers every glyph we print. */
inline QString fontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

inline QColor text()
{
    return QColor(0x1f, 0x29, 0x33);
}
inline QColor heading()
{
    return QColor(0x10, 0x2a, 0x43);
}
inline QColor muted()
{
    return QColor(0x5f, 0x6b, 0x7a);
}
inline QColor rule()
{
    return QColor(0xc4, 0xcb, 0xd3);
}
inline QColor accent()
{
    return QColor(0x2e, 0x7d, 0x32);
}
inline QColor headerFill()
{
    return QColor(0xe8, 0xee, 0xe9);
}
inline QColor stripeFill()
{
    return QColor(0xf6, 0xf8, 0xf7);
}

/** Bar colours: operational carbon, embodied carbon, the uncertainty whisker, cost. */
inline QColor operational()
{
    return QColor(0x2e, 0x7d, 0x32);
}
inline QColor embodied()
{
    return QColor(0xa5, 0xd6, 0xa7);
}
inline QColor whisker()
{
    return QColor(0x37, 0x47, 0x4f);
}
inline QColor cost()
{
    return QColor(0x15, 0x65, 0xc0);
}
inline QColor better()
{
    return QColor(0x2e, 0x7d, 0x32);
}
inline QColor worse()
{
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace greenprint::PdfStyle
