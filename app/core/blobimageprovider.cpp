#include "blobimageprovider.h"

#include "store/store.h"

namespace bro {

BlobImageProvider::BlobImageProvider(store::Store *store)
    : QQuickImageProvider(QQuickImageProvider::Image)
    , m_store(store)
{}

QImage BlobImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage image;
    if (const auto bytes = m_store->blob(id.toStdString()))
        image.loadFromData(reinterpret_cast<const uchar *>(bytes->data()),
                           static_cast<int>(bytes->size()));
    // QML asks for one side only (sourceSize.height: 64) or both.
    if (!image.isNull() && requestedSize.width() > 0 && requestedSize.height() > 0)
        image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    else if (!image.isNull() && requestedSize.width() > 0)
        image = image.scaledToWidth(requestedSize.width(), Qt::SmoothTransformation);
    else if (!image.isNull() && requestedSize.height() > 0)
        image = image.scaledToHeight(requestedSize.height(), Qt::SmoothTransformation);
    if (size)
        *size = image.size();
    return image;
}

} // namespace bro
