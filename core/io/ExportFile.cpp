#include "ExportFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

namespace rapport::core::io {

Status ExportFile::save(const QString &path, const Writer &write)
{
    return saveAll({ { path, write } });
}

Status ExportFile::saveAll(const QList<std::pair<QString, Writer>> &files)
{
    // Until commit() the data is in temporary files, which the QSaveFiles remove when they go.
    std::vector<std::unique_ptr<QSaveFile>> pending;
    for (const auto &[path, write] : files) {
        const QString shown = QDir::toNativeSeparators(path);
        if (QFileInfo(path).isDir())
            return Error { tr("%1 is a folder; give the name of a file to write.").arg(shown) };
        auto file = std::make_unique<QSaveFile>(path);
        if (!file->open(QIODevice::WriteOnly))
            return Error { tr("Cannot write %1: %2").arg(shown, file->errorString()) };
        if (!QFileInfo::exists(path))
            file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (auto written = write(*file); !written) {
            file->cancelWriting();
            return written;
        }
        pending.push_back(std::move(file));
    }
    for (const auto &file : pending) {
        if (!file->commit())
            return Error {
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file->fileName()), file->errorString())
            };
    }
    return {};
}

} // namespace rapport::core::io
