// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: OVOP+1 shop software contributors
#include "scan_helpers.h"

#include <algorithm>

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

namespace ovop::test {

namespace {
// Runs a tool to its end (no time limit is part of what is tested: a generous one only keeps a
// hung tool from hanging the suite).
bool run(const QString& program, const QStringList& arguments, QByteArray& output, QString& error,
         QList<int> okCodes = {0})
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return false;
    }
    process.waitForFinished(300000);
    output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || !okCodes.contains(process.exitCode())) {
        error = QStringLiteral("%1 %2 failed (exit %3): %4")
                    .arg(program, arguments.join(QLatin1Char(' ')))
                    .arg(process.exitCode())
                    .arg(QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}
} // namespace

bool scanToolsAvailable(QString& missing)
{
    QStringList absent;
    for (const char* tool : {"pdftoppm", "pdftotext", "zbarimg"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            absent << QString::fromLatin1(tool);
    missing = absent.isEmpty() ? QString()
                               : QStringLiteral("missing %1 (Debian packages poppler-utils and zbar-tools)")
                                     .arg(absent.join(QStringLiteral(", ")));
    return absent.isEmpty();
}

QStringList renderPages(const QString& pdfPath, const QString& dir, int dpi, QString& error)
{
    const QString prefix = QDir(dir).filePath(QStringLiteral("page"));
    QByteArray output;
    // Grey PGM: no compression, a third of the bytes of colour; a scanner sees no colour either.
    if (!run(QStringLiteral("pdftoppm"),
             {QStringLiteral("-gray"), QStringLiteral("-r"), QString::number(dpi), pdfPath, prefix}, output, error))
        return {};
    QStringList pages;
    for (const QString& name : QDir(dir).entryList({QStringLiteral("page-*.pgm")}, QDir::Files, QDir::Name))
        pages << QDir(dir).filePath(name);
    if (pages.isEmpty())
        error = QStringLiteral("pdftoppm wrote no page of %1").arg(pdfPath);
    return pages;
}

QStringList scanImage(const QString& imagePath, QString& error)
{
    QByteArray output;
    // Exit code 4: no symbol found; the caller sees an empty list.
    if (!run(QStringLiteral("zbarimg"),
             {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Supca.enable"), imagePath}, output, error,
             {0, 4}))
        return {};
    QStringList codes;
    for (const QString& line : QString::fromUtf8(output).split(QLatin1Char('\n')))
        if (!line.isEmpty())
            codes << line;
    std::sort(codes.begin(), codes.end());
    return codes;
}

QList<QStringList> scanImages(const QStringList& imagePaths, QString& error)
{
    QByteArray output;
    if (!run(QStringLiteral("zbarimg"),
             QStringList{QStringLiteral("--xml"), QStringLiteral("-q"), QStringLiteral("-Supca.enable")} + imagePaths,
             output, error, {0, 4}))
        return {};
    QList<QStringList> codes(imagePaths.size());
    QXmlStreamReader xml(output);
    qsizetype image = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source"))
            image = imagePaths.indexOf(xml.attributes().value(QLatin1String("href")).toString());
        else if (xml.name() == QLatin1String("data") && image >= 0)
            codes[image] << xml.readElementText();
    }
    if (xml.hasError()) {
        error = QStringLiteral("zbarimg --xml: %1").arg(xml.errorString());
        return {};
    }
    for (QStringList& list : codes)
        std::sort(list.begin(), list.end());
    return codes;
}

QString pdfText(const QString& pdfPath, QString& error)
{
    QByteArray output;
    if (!run(QStringLiteral("pdftotext"),
             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")}, output, error))
        return {};
    return QString::fromUtf8(output);
}

} // namespace ovop::test
