<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../ui/pages/AdminPage.ui" line="+18"/>
        <source>Officers of this workspace and their roles. Officers are added and revoked with motcua-cli for now.</source>
        <translation>Cán bộ của kho dữ liệu này và vai trò của từng người. Hiện tại, việc thêm và thu hồi cán bộ thực hiện bằng lệnh motcua-cli.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Officers</source>
        <translation>Danh sách cán bộ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../ui/LoginWindow.ui" line="+12"/>
        <source>MotCua — Sign in</source>
        <translation>MotCua — Đăng nhập</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One-stop service desk: receiving dossiers and returning results</source>
        <translation>Bộ phận Một cửa: tiếp nhận hồ sơ và trả kết quả</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Officer login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. lan.nguyen</source>
        <translation>ví dụ: lan.nguyen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Opening the workspace…</source>
        <translation>Đang mở kho dữ liệu…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Switch officer</source>
        <translation>Đổi &amp;cán bộ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="+36"/>
        <source>&amp;Session</source>
        <translation>&amp;Phiên làm việc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Trang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock</source>
        <translation>&amp;Khóa màn hình</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
</context>
<context>
    <name>motcua::AdminPage</name>
    <message>
        <location filename="../ui/pages/AdminPage.cpp" line="+36"/>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Only administrators see the list of officers.</source>
        <translation>Chỉ quản trị viên mới xem được danh sách cán bộ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The list of officers could not be read: %1</source>
        <translation>Không đọc được danh sách cán bộ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the list of officers…</source>
        <translation>Đang đọc danh sách cán bộ…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n officer(s), %1 active.</source>
        <translation>
            <numerusform>%n cán bộ, %1 người đang hoạt động.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::DossiersPage</name>
    <message>
        <location filename="../ui/pages/PlaceholderPage.cpp" line="+37"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dossiers of this office, by status and due date: received, in processing, waiting for a supplement, ready to return.</source>
        <translation>Hồ sơ của cơ quan theo trạng thái và thời hạn: đã tiếp nhận, đang xử lý, chờ bổ sung, chờ trả kết quả.</translation>
    </message>
</context>
<context>
    <name>motcua::ErrorText</name>
    <message>
        <location filename="../app/common/ErrorText.cpp" line="+17"/>
        <source>Wrong login or password.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active officer with that login.</source>
        <translation>Không có cán bộ đang hoạt động với tên đăng nhập này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This officer&apos;s access has been revoked.</source>
        <translation>Quyền truy cập của cán bộ này đã bị thu hồi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many failed attempts: wait before trying again.</source>
        <translation>Đăng nhập sai quá nhiều lần: vui lòng chờ rồi thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password was given.</source>
        <translation>Chưa nhập mật khẩu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not be empty.</source>
        <translation>Mật khẩu không được để trống.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator may do this.</source>
        <translation>Chỉ quản trị viên mới được thực hiện thao tác này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator cannot revoke their own access.</source>
        <translation>Quản trị viên không thể tự thu hồi quyền truy cập của chính mình.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace key file is damaged.</source>
        <translation>Tệp khóa của kho dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace key file cannot be read or written.</source>
        <translation>Không đọc hoặc ghi được tệp khóa của kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An officer with that login already exists.</source>
        <translation>Đã có cán bộ dùng tên đăng nhập này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last officer of a workspace cannot be removed.</source>
        <translation>Không thể xóa cán bộ cuối cùng của kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough memory to check the password.</source>
        <translation>Không đủ bộ nhớ để kiểm tra mật khẩu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workspace in this folder.</source>
        <translation>Thư mục này không có kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is not empty: a new workspace needs an empty or missing folder.</source>
        <translation>Thư mục không trống: kho dữ liệu mới cần một thư mục trống hoặc chưa tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A login is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Tên đăng nhập gồm 2 đến 32 ký tự: chữ thường không dấu, chữ số, &apos;.&apos;, &apos;_&apos; hoặc &apos;-&apos;, bắt đầu bằng một chữ cái.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office code is missing.</source>
        <translation>Thiếu mã cơ quan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The officer&apos;s full name is missing.</source>
        <translation>Thiếu họ và tên cán bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace folder cannot be created or written.</source>
        <translation>Không tạo hoặc ghi được thư mục kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be opened with this key.</source>
        <translation>Không mở được cơ sở dữ liệu bằng khóa này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is not encrypted: refusing to use it.</source>
        <translation>Tệp cơ sở dữ liệu không được mã hóa: từ chối sử dụng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database could not be upgraded; nothing was changed.</source>
        <translation>Không nâng cấp được cơ sở dữ liệu; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy: chưa lưu được gì. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The operation failed (%1).</source>
        <translation>Thao tác không thành công (%1).</translation>
    </message>
</context>
<context>
    <name>motcua::LoginWindow</name>
    <message>
        <location filename="../ui/LoginWindow.cpp" line="+110"/>
        <source>Enter your officer login.</source>
        <translation>Hãy nhập tên đăng nhập của cán bộ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Try again in %n second(s)</source>
        <translation>
            <numerusform>Thử lại sau %n giây</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the workspace…</source>
        <translation>Đang đọc kho dữ liệu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No workspace</source>
        <translation>Chưa có kho dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no workspace in %1 yet. An administrator creates one with:
motcua-cli --workspace &quot;%1&quot; --officer LOGIN init --office CODE --name &quot;FULL NAME&quot; --office-name &quot;OFFICE NAME&quot;
(the first officer&apos;s password comes from MOTCUA_PASSWORD).</source>
        <translation>Chưa có kho dữ liệu tại %1. Quản trị viên tạo kho dữ liệu bằng lệnh:
motcua-cli --workspace &quot;%1&quot; --officer TÊN_ĐĂNG_NHẬP init --office MÃ_CƠ_QUAN --name &quot;HỌ VÀ TÊN&quot; --office-name &quot;TÊN CƠ QUAN&quot;
(mật khẩu của cán bộ đầu tiên lấy từ biến môi trường MOTCUA_PASSWORD).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Office %1</source>
        <translation>Cơ quan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Office code: %1</source>
        <translation>Mã cơ quan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MotCua — Sign in</source>
        <translation>MotCua — Đăng nhập</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Locked: %1 (%2) was working here. Enter the password to continue, or choose &quot;Switch officer&quot;.</source>
        <translation>Màn hình đã khóa: %1 (%2) đang làm việc tại đây. Nhập mật khẩu để tiếp tục, hoặc chọn “Đổi cán bộ”.</translation>
    </message>
</context>
<context>
    <name>motcua::LookupPage</name>
    <message>
        <location filename="../ui/pages/PlaceholderPage.cpp" line="+4"/>
        <source>Lookup</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search citizens and dossiers by dossier code, lookup code, ID number, phone number or name (diacritics optional), and reprint any form.</source>
        <translation>Tìm công dân và hồ sơ theo mã hồ sơ, mã tra cứu, số định danh, số điện thoại hoặc họ tên (gõ có dấu hay không dấu đều được), và in lại mọi biểu mẫu.</translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+34"/>
        <source>%n failed sign-in attempt(s) for your login since your last sign-in.</source>
        <translation>
            <numerusform>Có %n lần đăng nhập sai vào tài khoản của bạn kể từ lần đăng nhập trước.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to sync: %1</source>
        <translation>Chờ đồng bộ: %1</translation>
    </message>
</context>
<context>
    <name>motcua::OfficerTableModel</name>
    <message>
        <location filename="../ui/pages/OfficerTableModel.cpp" line="+48"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>motcua::PlaceholderPage</name>
    <message>
        <location filename="../ui/pages/PlaceholderPage.cpp" line="-27"/>
        <source>This page is being built and arrives with a coming version.</source>
        <translation>Trang này đang được xây dựng và sẽ có trong phiên bản tới.</translation>
    </message>
</context>
<context>
    <name>motcua::ReceivePage</name>
    <message>
        <location line="+10"/>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiving a dossier at the counter: choose the procedure, read the applicant&apos;s ID card, scan or reuse the components, and print the receipt and appointment slip (Form 01).</source>
        <translation>Tiếp nhận hồ sơ tại quầy: chọn thủ tục, đọc thẻ căn cước của người nộp, quét hoặc dùng lại thành phần hồ sơ, in giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01).</translation>
    </message>
</context>
<context>
    <name>motcua::RoleText</name>
    <message>
        <location filename="../ui/RoleText.cpp" line="+12"/>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counter</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Processing</source>
        <translation>Xử lý</translation>
    </message>
</context>
<context>
    <name>motcua::SyncPage</name>
    <message>
        <location filename="../ui/pages/PlaceholderPage.cpp" line="+18"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange with the provincial portal. This counter works offline for now: everything is kept in the encrypted local store and nothing is waiting to be sent.</source>
        <translation>Trao đổi dữ liệu với Cổng dịch vụ công của tỉnh. Hiện quầy này làm việc ngoại tuyến: mọi dữ liệu được lưu trong kho mã hóa trên máy và không có gì đang chờ gửi.</translation>
    </message>
</context>
</TS>
