#include "domain/cccd/ProvinceCodes.h"

#include <algorithm>

namespace motcua {

const QList<ProvinceCode> &ProvinceCodes::all()
{
    static const QList<ProvinceCode> table = [] {
        struct Raw { const char16_t *code; const char16_t *name; };
        static constexpr Raw raw[] = {
            {u"001", u"Hà Nội"}, {u"002", u"Hà Giang"}, {u"004", u"Cao Bằng"}, {u"006", u"Bắc Kạn"},
            {u"008", u"Tuyên Quang"}, {u"010", u"Lào Cai"}, {u"011", u"Điện Biên"}, {u"012", u"Lai Châu"},
            {u"014", u"Sơn La"}, {u"015", u"Yên Bái"}, {u"017", u"Hòa Bình"}, {u"019", u"Thái Nguyên"},
            {u"020", u"Lạng Sơn"}, {u"022", u"Quảng Ninh"}, {u"024", u"Bắc Giang"}, {u"025", u"Phú Thọ"},
            {u"026", u"Vĩnh Phúc"}, {u"027", u"Bắc Ninh"}, {u"030", u"Hải Dương"}, {u"031", u"Hải Phòng"},
            {u"033", u"Hưng Yên"}, {u"034", u"Thái Bình"}, {u"035", u"Hà Nam"}, {u"036", u"Nam Định"},
            {u"037", u"Ninh Bình"}, {u"038", u"Thanh Hóa"}, {u"040", u"Nghệ An"}, {u"042", u"Hà Tĩnh"},
            {u"044", u"Quảng Bình"}, {u"045", u"Quảng Trị"}, {u"046", u"Thừa Thiên Huế"}, {u"048", u"Đà Nẵng"},
            {u"049", u"Quảng Nam"}, {u"051", u"Quảng Ngãi"}, {u"052", u"Bình Định"}, {u"054", u"Phú Yên"},
            {u"056", u"Khánh Hòa"}, {u"058", u"Ninh Thuận"}, {u"060", u"Bình Thuận"}, {u"062", u"Kon Tum"},
            {u"064", u"Gia Lai"}, {u"066", u"Đắk Lắk"}, {u"067", u"Đắk Nông"}, {u"068", u"Lâm Đồng"},
            {u"070", u"Bình Phước"}, {u"072", u"Tây Ninh"}, {u"074", u"Bình Dương"}, {u"075", u"Đồng Nai"},
            {u"077", u"Bà Rịa - Vũng Tàu"}, {u"079", u"Hồ Chí Minh"}, {u"080", u"Long An"}, {u"082", u"Tiền Giang"},
            {u"083", u"Bến Tre"}, {u"084", u"Trà Vinh"}, {u"086", u"Vĩnh Long"}, {u"087", u"Đồng Tháp"},
            {u"089", u"An Giang"}, {u"091", u"Kiên Giang"}, {u"092", u"Cần Thơ"}, {u"093", u"Hậu Giang"},
            {u"094", u"Sóc Trăng"}, {u"095", u"Bạc Liêu"}, {u"096", u"Cà Mau"},
        };
        QList<ProvinceCode> list;
        list.reserve(static_cast<qsizetype>(std::size(raw)));
        for (const Raw &r : raw)
            list.append({QString::fromUtf16(r.code), QString::fromUtf16(r.name)});
        return list;
    }();
    return table;
}

QString ProvinceCodes::name(QStringView code)
{
    if (code.size() != 3)
        return {};
    const auto &t = all();
    const auto it = std::lower_bound(t.begin(), t.end(), code,
                                     [](const ProvinceCode &p, QStringView c) { return QStringView(p.code) < c; });
    return it != t.end() && QStringView(it->code) == code ? it->name : QString();
}

bool ProvinceCodes::isKnown(QStringView code)
{
    return !name(code).isEmpty();
}

} // namespace motcua
