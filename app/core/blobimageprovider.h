// Images from the device's blob storage for QML: "image://blob/<sha256>" (evidence photos and
// signature images), scaled to the requested size.
#pragma once

#include <QQuickImageProvider>

namespace bro::store {
class Store;
}

namespace bro {

class BlobImageProvider : public QQuickImageProvider
{
public:
    explicit BlobImageProvider(store::Store *store);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    store::Store *m_store;
};

} // namespace bro
