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
        <location line="+15"/>
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
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.ui" line="+6"/>
        <source>Change my password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your current password, then the new one twice (at least 8 characters). Your key slot is re-encrypted with the new password; the old one stops working at once.</source>
        <translation>Nhập mật khẩu hiện tại, rồi nhập mật khẩu mới hai lần (ít nhất 8 ký tự). Khóa truy cập của bạn được mã hóa lại bằng mật khẩu mới; mật khẩu cũ hết hiệu lực ngay.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Current password:</source>
        <translation>Mật khẩu &amp;hiện tại:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New password:</source>
        <translation>Mật khẩu &amp;mới:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <location filename="../app/reporting/DashboardExport.cpp" line="+67"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Office %1, %2 to %3</source>
        <translation>Đơn vị %1, từ %2 đến %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, procedure %1</source>
        <translation>, thủ tục %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Received</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned on time</source>
        <translation>Đã trả đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned late</source>
        <translation>Đã trả quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue now</source>
        <translation>Đang quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time used of the limit</source>
        <translation>Thời gian đã dùng so với hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitized at receipt</source>
        <translation>Số hóa khi tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents reused</source>
        <translation>Giấy tờ được tái sử dụng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average counter time (s)</source>
        <translation>Thời gian tiếp nhận trung bình (giây)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online submissions</source>
        <translation>Hồ sơ trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (1–5)</source>
        <translation>Mức độ hài lòng (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components received</source>
        <translation>Thành phần hồ sơ đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratings given</source>
        <translation>Số lượt đánh giá</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+31"/>
        <source>Dashboard</source>
        <translation>Bảng điều hành</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+46"/>
        <source>Figure</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+46"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>SUPERVISOR DASHBOARD</source>
        <translation>BẢNG ĐIỀU HÀNH CỦA LÃNH ĐẠO</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>By officer</source>
        <translation>Theo cán bộ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
</context>
<context>
    <name>FormPainter</name>
    <message>
        <location filename="../app/printing/FormLayout.cpp" line="+49"/>
        <source>Dossier components submitted:</source>
        <translation>Thành phần hồ sơ đã nộp:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After reviewing the dossier&apos;s components, we ask you to supplement and complete the dossier as follows:</source>
        <translation>Sau khi xem xét thành phần hồ sơ, đề nghị ông/bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier components:</source>
        <translation>Thành phần hồ sơ:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If anything is unclear while completing the dossier, please contact the officer named below for guidance.</source>
        <translation>Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với người hướng dẫn có tên dưới đây để được hướng dẫn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After examining the dossier against the regulations in force, %1 refuses to accept it for the following reasons:</source>
        <translation>Sau khi nghiên cứu, đối chiếu với quy định hiện hành, %1 từ chối tiếp nhận hồ sơ này với lý do cụ thể như sau:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier components presented:</source>
        <translation>Thành phần hồ sơ đã xuất trình:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>We hereby inform you of the above.</source>
        <translation>Xin thông báo để ông/bà được biết và thực hiện./.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>GUIDING OFFICER</source>
        <translation>NGƯỜI HƯỚNG DẪN</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>RECEIVING OFFICER</source>
        <translation>NGƯỜI TIẾP NHẬN HỒ SƠ</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1 sincerely apologises: the dossier cannot be processed by the appointed time, for the following reasons:</source>
        <translation>%1 thành thật xin lỗi ông/bà: hồ sơ không giải quyết được đúng thời gian đã hẹn, vì các lý do sau:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We apologise for the inconvenience and will return the result at the new appointed time.</source>
        <translation>Mong ông/bà thông cảm vì sự chậm trễ này; kết quả sẽ được trả vào thời gian hẹn mới.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 informs you that the processing of the dossier has been stopped for the following reasons:</source>
        <translation>%1 thông báo việc dừng giải quyết hồ sơ vì các lý do sau:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>HEAD OF THE AGENCY</source>
        <translation>THỦ TRƯỞNG CƠ QUAN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previously due: </source>
        <translation>Thời gian hẹn trả trước đây: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extended by: </source>
        <translation>Gia hạn thêm: </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New appointment for results: </source>
        <translation>Thời gian hẹn trả kết quả mới: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Period: </source>
        <translation>Thời gian: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Ngày trả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no dossier in this period)</source>
        <translation>(không có hồ sơ nào trong thời gian này)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Total: %n dossier(s)</source>
        <translation>
            <numerusform>Tổng số: %n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step</source>
        <translation>Bước xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over by</source>
        <translation>Người giao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time / late</source>
        <translation>Đúng hạn / quá hạn</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Process of handing over the dossier:</source>
        <translation>Quá trình giao, nhận hồ sơ:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no hand-over yet)</source>
        <translation>(chưa có lần giao, nhận nào)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Office code: %1</source>
        <translation>Mã đơn vị: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/printing/FormLayoutDeclaration.cpp" line="+90"/>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/printing/FormLayoutDeclaration.cpp" line="+4"/>
        <source>Independence - Freedom - Happiness</source>
        <translation>Độc lập - Tự do - Hạnh phúc</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Issued on %3-%2-%1</source>
        <translation>Ngày %1 tháng %2 năm %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../app/printing/FormPainter.cpp" line="+156"/>
        <source>Form No. %1</source>
        <translation>Mẫu số %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../app/printing/FormPainter.cpp" line="+2"/>
        <source>Dossier code: </source>
        <translation>Mã hồ sơ: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup code: </source>
        <translation>Mã tra cứu: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Received from: </source>
        <translation>Tiếp nhận hồ sơ của: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal ID number: </source>
        <translation>Số định danh cá nhân: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address: </source>
        <translation>Địa chỉ: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone: </source>
        <translation>Số điện thoại: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email: </source>
        <translation>Thư điện tử: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Procedure: </source>
        <translation>Thủ tục hành chính: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(code %1)</source>
        <translation>(mã %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Competent authority: </source>
        <translation>Cơ quan có thẩm quyền giải quyết: </translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+30"/>
        <location line="+159"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Tên thành phần hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was provided</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To supplement or complete</source>
        <translation>Nội dung cần bổ sung, hoàn thiện</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Missing</source>
        <translation>Còn thiếu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(no components)</source>
        <translation>(không có thành phần hồ sơ)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no reason given)</source>
        <translation>(không ghi lý do)</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+263"/>
        <source>Received at: </source>
        <translation>Thời gian nhận hồ sơ: </translation>
    </message>
    <message>
        <location line="-257"/>
        <location line="+260"/>
        <source>As notified</source>
        <translation>Theo thông báo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results due: </source>
        <translation>Hẹn trả kết quả: </translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/printing/FormLayoutDeclaration.cpp" line="+44"/>
        <source>(signature and full name)</source>
        <translation>(Ký và ghi rõ họ tên)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>APPLICANT</source>
        <translation>NGƯỜI NỘP HỒ SƠ</translation>
    </message>
    <message>
        <location filename="../app/printing/FormPainter.cpp" line="-107"/>
        <source>RECEIPT OF DOSSIER AND APPOINTMENT FOR RESULTS</source>
        <translation>GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REQUEST TO SUPPLEMENT AND COMPLETE THE DOSSIER</source>
        <translation>PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REFUSAL TO ACCEPT THE DOSSIER FOR PROCESSING</source>
        <translation>PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>APOLOGY AND EXTENSION OF THE TIME FOR RETURNING RESULTS</source>
        <translation>PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTICE OF STOPPING THE PROCESSING OF THE DOSSIER</source>
        <translation>PHIẾU THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOSSIER PROCESSING CONTROL SLIP</source>
        <translation>PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOSSIER REGISTER</source>
        <translation>SỔ THEO DÕI HỒ SƠ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DECLARATION</source>
        <translation>TỜ KHAI</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 h %2 min, %3</source>
        <comment>hour, minute, date dd/MM/yyyy</comment>
        <translation>%1 giờ %2 phút, ngày %3</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <location filename="../app/printing/FormLayoutDeclaration.cpp" line="-64"/>
        <source>Form %1</source>
        <translation>Mẫu %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Made on %1-%2-%3</source>
        <comment>day, month, year</comment>
        <translation>…………, ngày %1 tháng %2 năm %3</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../ui/LoginWindow.ui" line="+9"/>
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
        <location line="+19"/>
        <source>First time on this computer: sign in &amp;through the portal (an officer of this office)</source>
        <translation>Lần đầu trên máy này: đăng nhập &amp;qua cổng (cán bộ của cơ quan này)</translation>
    </message>
    <message>
        <location line="+20"/>
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
        <location filename="../ui/MainWindow.ui" line="+47"/>
        <source>&amp;Session</source>
        <translation>&amp;Phiên làm việc</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>Change my &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
</context>
<context>
    <name>motcua::ActionDialog</name>
    <message>
        <location filename="../ui/casework/ActionDialog.cpp" line="+85"/>
        <source>Import documents</source>
        <translation>Nhập tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Tài liệu (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Scanning…</source>
        <translation>Đang quét…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appraisal note</source>
        <translation>Ý kiến thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More working days</source>
        <translation>Số ngày làm việc gia hạn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Component number</source>
        <translation>Số thứ tự thành phần</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachments (optional)</source>
        <translation>Tài liệu kèm theo (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result document</source>
        <translation>Văn bản kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplied pages</source>
        <translation>Các trang bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan</source>
        <translation>Quét</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the pages on the scanner (the document feeder when it has sheets, else the glass).</source>
        <translation>Quét các trang đặt trên máy quét (khay nạp giấy khi có giấy, nếu không thì mặt kính).</translation>
    </message>
</context>
<context>
    <name>motcua::ActionText</name>
    <message>
        <location filename="../ui/casework/ActionText.cpp" line="+10"/>
        <source>Accept submission…</source>
        <translation>Tiếp nhận hồ sơ trực tuyến…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return for supplement…</source>
        <translation>Trả lại để bổ sung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer…</source>
        <translation>Chuyển…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraise…</source>
        <translation>Thẩm định…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request supplement…</source>
        <translation>Yêu cầu bổ sung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement received…</source>
        <translation>Đã nhận bổ sung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend…</source>
        <translation>Gia hạn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop…</source>
        <translation>Dừng xử lý…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>Phê duyệt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject…</source>
        <translation>Không phê duyệt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result…</source>
        <translation>Kết quả…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return result…</source>
        <translation>Trả kết quả…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept the online submission</source>
        <translation>Tiếp nhận hồ sơ nộp trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the submission for supplement</source>
        <translation>Trả lại hồ sơ trực tuyến để bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer the dossier</source>
        <translation>Chuyển hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraise the dossier</source>
        <translation>Thẩm định hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a supplement (Form 02)</source>
        <translation>Yêu cầu bổ sung hồ sơ (Mẫu 02)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the supplement received</source>
        <translation>Ghi nhận hồ sơ bổ sung đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apologise and extend (Form 04)</source>
        <translation>Xin lỗi và gia hạn (Mẫu 04)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop processing (Form 05)</source>
        <translation>Dừng xử lý (Mẫu 05)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Không phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach the result</source>
        <translation>Đính kèm kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return the result to the citizen</source>
        <translation>Trả kết quả cho người dân</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The submission is received as it is: its processing time starts now.</source>
        <translation>Hồ sơ trực tuyến được tiếp nhận như đã nộp: thời gian giải quyết bắt đầu tính từ bây giờ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant is told what to complete; nothing is received.</source>
        <translation>Người nộp được báo những gì cần bổ sung; hồ sơ chưa được tiếp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand the dossier to an officer or to a unit&apos;s pool.</source>
        <translation>Giao hồ sơ cho một cán bộ hoặc cho nhóm chung của một đơn vị.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the appraisal&apos;s opinion, with documents if any.</source>
        <translation>Ghi ý kiến thẩm định, kèm tài liệu nếu có.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The processing clock pauses until the citizen brings what is asked.</source>
        <translation>Thời gian giải quyết tạm dừng cho đến khi người dân nộp đủ phần được yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supplied pages are filed and the processing clock runs again.</source>
        <translation>Các trang bổ sung được lưu vào hồ sơ và thời gian giải quyết tiếp tục được tính.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add working days to the time limit; Form 04 tells the citizen the new date.</source>
        <translation>Cộng thêm ngày làm việc vào thời hạn; Mẫu 04 báo cho người dân ngày hẹn mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing ends here; Form 05 tells the citizen why.</source>
        <translation>Việc giải quyết dừng tại đây; Mẫu 05 báo cho người dân lý do.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dossier goes back to the officer who submitted it, approved.</source>
        <translation>Hồ sơ được phê duyệt và trở lại cán bộ đã trình.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dossier goes back to the officer who submitted it, with your reason.</source>
        <translation>Hồ sơ trở lại cán bộ đã trình, kèm lý do của bạn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The result document and its number; it becomes the citizen&apos;s reusable document.</source>
        <translation>Văn bản kết quả và số văn bản; văn bản này trở thành giấy tờ của người dân, dùng lại được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify who collects the result and let the citizen rate the service.</source>
        <translation>Xác định người nhận kết quả và mời người dân đánh giá mức độ hài lòng.</translation>
    </message>
</context>
<context>
    <name>motcua::AdminPage</name>
    <message>
        <location filename="../ui/pages/AdminPage.cpp" line="+37"/>
        <source>Administration</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This page is for administrators: officers, roles and devices are managed here. Your login has no administrator role, so there is nothing to change here; ask an administrator of your office.</source>
        <translation>Trang này dành cho quản trị viên: quản lý cán bộ, vai trò và thiết bị. Tài khoản của bạn không có vai trò quản trị viên nên không có gì để thay đổi ở đây; hãy liên hệ quản trị viên của đơn vị.</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>motcua::ApplicantStep</name>
    <message>
        <location filename="../ui/receive/ApplicantStep.cpp" line="+187"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Representative&apos;s phone</source>
        <translation>Điện thoại người đại diện</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No phone number on record for this citizen: ask for one for notices (0 and 9 digits, or +84). Enter goes on without one.</source>
        <translation>Chưa có số điện thoại của công dân này: hỏi số để báo kết quả (số 0 và 9 chữ số, hoặc +84). Nhấn Enter để đi tiếp nếu không có.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The ID number has 12 digits.</source>
        <translation>Số định danh cá nhân gồm 12 chữ số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full name is missing.</source>
        <translation>Chưa có họ và tên.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date of birth is written dd/mm/yyyy.</source>
        <translation>Ngày sinh viết theo dạng ngày/tháng/năm (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation&apos;s name is missing.</source>
        <translation>Chưa có tên tổ chức.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone number is not valid: 0 and 9 digits (0912 345 678), or +84 and 9 digits.</source>
        <translation>Số điện thoại không hợp lệ: số 0 và 9 chữ số (0912 345 678), hoặc +84 và 9 chữ số.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The email address is not valid.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read from the ID card.</source>
        <translation>Đã đọc từ thẻ căn cước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invisible control characters were removed from the text read from the card: check the name and address.</source>
        <translation>Đã bỏ các ký tự điều khiển không nhìn thấy khỏi văn bản đọc từ thẻ: hãy kiểm tra họ tên và địa chỉ.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: the card says “%2”, the records say “%3”</source>
        <translation>%1: trên thẻ là “%2”, trong dữ liệu là “%3”</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <location line="+12"/>
        <location line="+30"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+38"/>
        <location line="+42"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+41"/>
        <location line="+39"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+37"/>
        <location line="+8"/>
        <location line="+35"/>
        <source>Permanent address</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Known citizen: contact details filled from earlier dossiers.</source>
        <translation>Công dân đã có trong dữ liệu: thông tin liên hệ được điền từ các hồ sơ trước.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences from the records (the card&apos;s values are kept):</source>
        <translation>Khác với dữ liệu đã lưu (giữ theo thông tin trên thẻ):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ID number, full name, date of birth, gender, address and date of issue: from the card&apos;s QR.</source>
        <translation>Số định danh, họ tên, ngày sinh, giới tính, địa chỉ và ngày cấp: từ mã QR trên thẻ.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From the registry: %1.</source>
        <translation>Từ sổ đăng ký dân cư: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s current address: “%1” (the card&apos;s is kept; correct it if the citizen confirms).</source>
        <translation>Địa chỉ hiện tại trong sổ đăng ký dân cư: “%1” (giữ địa chỉ trên thẻ; sửa lại nếu công dân xác nhận).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s full name: “%1”.</source>
        <translation>Họ tên trong sổ đăng ký dân cư: “%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Data warehouse: %n document(s),</source>
        <translation>
            <numerusform>Kho dữ liệu: %n giấy tờ,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with an electronic copy to reuse at the components step.</source>
        <translation>
            <numerusform>%n giấy tờ có bản điện tử, dùng lại được ở bước thành phần hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>2. Applicant</source>
        <translation>2. Người nộp hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citizen</source>
        <translation>&amp;Công dân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the card from an &amp;image file…</source>
        <translation>Đọc thẻ từ tệp ả&amp;nh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;an the card</source>
        <translation>Quét t&amp;hẻ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan the ID card&apos;s QR code, or type the 12 digits</source>
        <translation>Quét mã QR trên thẻ căn cước, hoặc nhập 12 chữ số</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued on</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Old ID number</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business code</source>
        <translation>Mã số doanh nghiệp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representative</source>
        <translation>Người đại diện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>motcua::BreakdownModel</name>
    <message>
        <location filename="../ui/dashboard/BreakdownModel.cpp" line="+60"/>
        <source>Double-click to list these dossiers</source>
        <translation>Nhấp đúp để xem danh sách các hồ sơ này</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
</context>
<context>
    <name>motcua::BulkDecisionDialog</name>
    <message>
        <location filename="../ui/dashboard/BulkDecisionDialog.cpp" line="+86"/>
        <source>Approve dossiers</source>
        <translation>Phê duyệt hồ sơ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send dossiers back</source>
        <translation>Trả lại hồ sơ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Approve these %n dossier(s)? Each gets one approval event.</source>
        <translation>
            <numerusform>Phê duyệt %n hồ sơ này? Mỗi hồ sơ được ghi một sự kiện phê duyệt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Send these %n dossier(s) back to the officers who submitted them? Each gets one rejection event with the reason below.</source>
        <translation>
            <numerusform>Trả lại %n hồ sơ này cho cán bộ đã trình? Mỗi hồ sơ được ghi một sự kiện không phê duyệt kèm lý do dưới đây.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reason for sending back (required):</source>
        <translation>Lý do trả lại (bắt buộc):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your password again to confirm:</source>
        <translation>Nhập lại mật khẩu của bạn để xác nhận:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Approve %n dossier(s)</source>
        <translation>
            <numerusform>Phê duyệt %n hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Send back %n dossier(s)</source>
        <translation>
            <numerusform>Trả lại %n hồ sơ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the reason for sending back.</source>
        <translation>Hãy ghi lý do trả lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password to confirm.</source>
        <translation>Hãy nhập mật khẩu để xác nhận.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the password and recording…</source>
        <translation>Đang kiểm tra mật khẩu và ghi nhận…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was changed: %1</source>
        <translation>Không có thay đổi nào: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n dossier(s) approved.</source>
        <translation>
            <numerusform>Đã phê duyệt %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dossier(s) sent back.</source>
        <translation>
            <numerusform>Đã trả lại %n hồ sơ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s) could not be changed:</source>
        <translation>
            <numerusform>%n hồ sơ không thể thay đổi:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>motcua::CaseworkDialog</name>
    <message>
        <location filename="../ui/casework/CaseworkDialog.cpp" line="+52"/>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no file yet</source>
        <translation>chưa có tệp</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 — dossier %2</source>
        <comment>action, dossier code</comment>
        <translation>%1 — hồ sơ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
</context>
<context>
    <name>motcua::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/ChangePasswordDialog.cpp" line="+40"/>
        <source>Change password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>motcua::ComponentRow</name>
    <message>
        <location filename="../ui/receive/ComponentRow.cpp" line="+96"/>
        <source>Required</source>
        <translation>Bắt buộc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n copies</source>
        <translation>
            <numerusform>%n bản</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan</source>
        <translation>Quét</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import files…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reuse…</source>
        <translation>Tái sử dụng…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the declaration… (Ctrl+T)</source>
        <translation>Điền tờ khai… (Ctrl+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the declaration from the ID card and earlier dossiers, then print it for signature</source>
        <translation>Điền tờ khai từ CCCD và các hồ sơ trước, rồi in để người yêu cầu ký</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scanning…</source>
        <translation>Đang quét…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The portal&apos;s data warehouse holds an electronic copy: it can be reused, no paper needed.</source>
        <translation>Có bản điện tử trong kho dữ liệu của cổng: dùng lại được, không cần giấy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed declaration: its data were read from the QR and will be stored with the dossier (%1, version %2).</source>
        <translation>Đã nhận tờ khai đã ký: dữ liệu đọc từ mã QR sẽ được lưu cùng hồ sơ (%1, phiên bản %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The declaration&apos;s data are not used: %1</source>
        <translation>Không dùng dữ liệu của tờ khai: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check the pages: %1</source>
        <translation>Kiểm tra lại trang: %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Missing — required</source>
        <translation>Còn thiếu — bắt buộc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not provided (optional)</source>
        <translation>Chưa nộp (không bắt buộc)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An electronic copy from an earlier dossier can be reused: no paper needed.</source>
        <translation>Có bản điện tử từ hồ sơ trước có thể tái sử dụng: không cần nộp giấy.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Portal data warehouse (cached): %1</source>
        <translation>Kho dữ liệu của cổng (bộ nhớ đệm): %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portal data warehouse: %1</source>
        <translation>Kho dữ liệu của cổng: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This workspace: %1</source>
        <translation>Trên máy này: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Result No. %1 of dossier %2, %3, %n page(s)</source>
        <translation>
            <numerusform>Kết quả số %1 của hồ sơ %2, %3, %n trang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Dossier %1 (%2), %3, %n page(s)</source>
        <translation>
            <numerusform>Hồ sơ %1 (%2), %3, %n trang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::ComponentsModel</name>
    <message>
        <location filename="../ui/DossierViewModels.cpp" line="+66"/>
        <source>Component %1</source>
        <translation>Thành phần %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (version %2)</source>
        <translation>%1 (lần %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it came from</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached by</source>
        <translation>Người đính kèm</translation>
    </message>
</context>
<context>
    <name>motcua::ComponentsStep</name>
    <message>
        <location filename="../ui/receive/ComponentsStep.cpp" line="+105"/>
        <source>3. Components</source>
        <translation>3. Thành phần hồ sơ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the procedure first.</source>
        <translation>Hãy chọn thủ tục trước.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ Every required component is provided.</source>
        <translation>✔ Đã đủ các thành phần bắt buộc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Still missing (required): %1</source>
        <translation>Còn thiếu (bắt buộc): %1</translation>
    </message>
</context>
<context>
    <name>motcua::DashboardCharts</name>
    <message>
        <location filename="../ui/dashboard/DashboardCharts.cpp" line="+65"/>
        <source>Per procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Returns on time</source>
        <translation>Tỷ lệ trả đúng hạn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On time: %1</source>
        <translation>Đúng hạn: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late: %1</source>
        <translation>Quá hạn: %1</translation>
    </message>
</context>
<context>
    <name>motcua::DashboardPage</name>
    <message>
        <location filename="../ui/pages/DashboardPage.cpp" line="+89"/>
        <source>Dashboard</source>
        <translation>Bảng điều hành</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>The last day comes before the first.</source>
        <translation>Ngày cuối đứng trước ngày đầu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+70"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+168"/>
        <location line="+2"/>
        <source>All procedures</source>
        <translation>Tất cả thủ tục</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Figures of %1 to %2, computed at %3.</source>
        <translation>Số liệu từ %1 đến %2, tính lúc %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%1 (%n rating(s))</source>
        <translation>
            <numerusform>%1 (%n lượt đánh giá)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click to list these dossiers</source>
        <translation>Nhấp để xem danh sách các hồ sơ này</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — officer %2</source>
        <translation>%1 — cán bộ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — procedure %2</source>
        <translation>%1 — thủ tục %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (%1 to %2)</source>
        <translation> (từ %1 đến %2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported to %1.</source>
        <translation>Đã xuất ra %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the dashboard</source>
        <translation>Xuất bảng điều hành</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV table (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Supervisor dashboard</source>
        <translation>Bảng điều hành của lãnh đạo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen days</source>
        <translation>Khoảng ngày tự chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure:</source>
        <translation>Thủ tục:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By officer</source>
        <translation>Theo cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By procedure</source>
        <translation>Theo thủ tục</translation>
    </message>
</context>
<context>
    <name>motcua::DecisionStep</name>
    <message>
        <location filename="../ui/receive/DecisionStep.cpp" line="+137"/>
        <source>Missing required components (say why for Form 02, or leave “not provided”):</source>
        <translation>Thành phần bắt buộc còn thiếu (ghi lý do cho Mẫu 02, hoặc để trống là “chưa nộp”):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not provided</source>
        <translation>chưa nộp</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dossier code: %1</source>
        <translation>Mã hồ sơ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lookup code: %1</source>
        <translation>Mã tra cứu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result due: %1</source>
        <translation>Hẹn trả kết quả: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the slip or save it as PDF for the applicant.</source>
        <translation>In phiếu hoặc lưu thành tệp PDF cho người nộp.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>4. Decision</source>
        <translation>4. Quyết định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This procedure publishes no time limit. Appointment in (working days):</source>
        <translation>Thủ tục này không công bố thời hạn. Hẹn trả sau (số ngày làm việc):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>chưa đặt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes for Form 02 or reasons for Form 03 (one per line):</source>
        <translation>&amp;Ghi chú cho Mẫu 02 hoặc lý do cho Mẫu 03 (mỗi dòng một ý):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive — Form 01</source>
        <translation>&amp;Tiếp nhận — Mẫu 01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;supplement — Form 02</source>
        <translation>Yêu cầu &amp;bổ sung — Mẫu 02</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;fuse — Form 03</source>
        <translation>Từ &amp;chối — Mẫu 03</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New receipt</source>
        <translation>Tiếp nhận &amp;mới</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Procedure: %1</source>
        <translation>Thủ tục: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not chosen</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant: %1</source>
        <translation>Người nộp: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>not given</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number: %1</source>
        <translation>Số định danh: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Business code: %1</source>
        <translation>Mã số doanh nghiệp: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none (no notices by phone)</source>
        <translation>không có (không báo qua điện thoại)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✘ the time limit (this procedure publishes none)</source>
        <translation>✘ thời hạn giải quyết (thủ tục không công bố)</translation>
    </message>
</context>
<context>
    <name>motcua::DossierActionsPanel</name>
    <message>
        <location filename="../ui/casework/DossierActionsPanel.cpp" line="+141"/>
        <source>%1 — as %2 (%3)</source>
        <comment>action, role, key</comment>
        <translation>%1 — với vai trò %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading what you may do…</source>
        <translation>Đang đọc các thao tác bạn được làm…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing for you to do on this dossier now.</source>
        <translation>Hiện bạn không có thao tác nào trên hồ sơ này.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Actions:</source>
        <translation>Thao tác:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <comment>action, key</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Form 06 (%1)</source>
        <translation>Mẫu 06 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the process control slip: every hand-over, who, when, on time or late.</source>
        <translation>In phiếu kiểm soát quá trình giải quyết: mỗi lần chuyển giao, ai, khi nào, đúng hạn hay trễ hạn.</translation>
    </message>
</context>
<context>
    <name>motcua::DossierView</name>
    <message>
        <location filename="../ui/DossierView.cpp" line="+235"/>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This page does not match its fingerprint (SHA-256): it was altered after it was stored, so it is not shown. Report it to the administrator and rescan the original document.</source>
        <translation>Trang này không khớp với dấu vân tay (SHA-256): nó đã bị sửa đổi sau khi lưu nên không được hiển thị. Hãy báo cho quản trị viên và quét lại bản gốc.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This page cannot be shown (%1).</source>
        <translation>Không thể hiển thị trang này (%1).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>ALTERED — not shown</source>
        <translation>BỊ SỬA ĐỔI — không hiển thị</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Page %1 · %2</source>
        <comment>page number, component name</comment>
        <translation>Trang %1 · %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lookup code</source>
        <translation>Mã tra cứu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Tiếp nhận lúc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>set when the supplement is received</source>
        <translation>hẹn khi nhận đủ hồ sơ bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no time limit</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Back to results</source>
        <translation>Quay lại kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint…</source>
        <translation>In lại…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record supplement…</source>
        <translation>Ghi nhận hồ sơ bổ sung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The citizen brings what the request to supplement (Form 02) asked for: record it and receive the dossier (Form 01).</source>
        <translation>Công dân mang đến thành phần mà phiếu yêu cầu bổ sung (Mẫu 02) đã nêu: ghi nhận và tiếp nhận hồ sơ (Mẫu 01).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline (%1)</source>
        <translation>Quá trình xử lý (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components (%1)</source>
        <translation>Thành phần (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages (%1)</source>
        <translation>Trang (%1)</translation>
    </message>
</context>
<context>
    <name>motcua::DossiersPage</name>
    <message>
        <location filename="../ui/pages/DossiersPage.cpp" line="+38"/>
        <source>Submissions to check</source>
        <translation>Hồ sơ cần kiểm tra, tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received, not yet transferred</source>
        <translation>Đã tiếp nhận, chưa chuyển xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In processing: mine</source>
        <translation>Đang xử lý: của tôi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In processing: my unit</source>
        <translation>Đang xử lý: của đơn vị</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting a supplement</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Chờ phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due within one working day</source>
        <translation>Đến hạn trong một ngày làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results ready to return</source>
        <translation>Có kết quả, chờ trả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts from sync</source>
        <translation>Xung đột khi đồng bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to sync</source>
        <translation>Chờ đồng bộ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registered but not yet accepted: the supplements citizens brought back after a Form 02. Online submissions from the portal will also appear here once synchronisation is available.</source>
        <translation>Đã đăng ký nhưng chưa tiếp nhận: hồ sơ công dân đã bổ sung theo Mẫu 02. Hồ sơ nộp trực tuyến từ cổng dịch vụ công cũng sẽ hiện ở đây khi có đồng bộ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the citizen. The processing clock is paused until the supplement arrives.</source>
        <translation>Đang chờ công dân bổ sung. Thời hạn giải quyết tạm dừng cho đến khi nhận được hồ sơ bổ sung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open dossiers whose due moment falls within the next working day of the office&apos;s calendar.</source>
        <translation>Hồ sơ đang giải quyết có hạn trả rơi vào ngày làm việc tới theo lịch làm việc của cơ quan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dossiers with events that synchronisation could not apply in order. They appear once sync is in use.</source>
        <translation>Hồ sơ có sự kiện mà đồng bộ không áp dụng được theo thứ tự. Chúng sẽ hiện khi sử dụng đồng bộ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes recorded on this computer and not yet sent to the portal. Only their number is shown until synchronisation with the portal is available.</source>
        <translation>Các thay đổi đã ghi trên máy này nhưng chưa gửi lên cổng. Chỉ hiển thị số lượng cho đến khi có đồng bộ với cổng.</translation>
    </message>
    <message>
        <location line="+196"/>
        <location line="+174"/>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message numerus="yes">
        <location line="-174"/>
        <source>Dossiers (%n overdue)</source>
        <translation>
            <numerusform>Hồ sơ (%n quá hạn)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Approve selected (%1)…</source>
        <translation>Phê duyệt các hồ sơ đã chọn (%1)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve selected…</source>
        <translation>Phê duyệt các hồ sơ đã chọn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send back selected (%1)…</source>
        <translation>Trả lại các hồ sơ đã chọn (%1)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send back selected…</source>
        <translation>Trả lại các hồ sơ đã chọn…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Applicant&apos;s name (diacritics optional)</source>
        <translation>Tên người nộp (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any officer</source>
        <translation>Mọi cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>Người đang giữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received between</source>
        <translation>Tiếp nhận trong khoảng</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n change(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n thay đổi đang chờ gửi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The queue could not be read: %1</source>
        <translation>Không đọc được hàng đợi: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This queue is empty.</source>
        <translation>Hàng đợi này trống.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dossier in this queue matches the filter.</source>
        <translation>Không có hồ sơ nào trong hàng đợi này khớp với bộ lọc.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::DraftBanner</name>
    <message>
        <location filename="../ui/receive/DraftBanner.cpp" line="+53"/>
        <source>&amp;Resume</source>
        <translation>T&amp;iếp tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>An unfinished receipt was kept (%1): %2, %3, %n page(s).</source>
        <translation>
            <numerusform>Có một hồ sơ tiếp nhận dở dang được lưu (%1): %2, %3, %n trang.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no procedure</source>
        <translation>chưa chọn thủ tục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no applicant</source>
        <translation>chưa có người nộp</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n more after this one)</source>
        <translation>
            <numerusform>(còn %n hồ sơ khác sau hồ sơ này)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::DrillDownDialog</name>
    <message>
        <location filename="../ui/dashboard/DrillDownDialog.cpp" line="+81"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Open dossier</source>
        <translation>Mở hồ sơ</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The first %n dossier(s); narrow the period or the procedure to see the rest.</source>
        <translation>
            <numerusform>%n hồ sơ đầu tiên; thu hẹp kỳ hoặc thủ tục để xem phần còn lại.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
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
        <source>The new password must have at least 8 characters.</source>
        <translation>Mật khẩu mới phải có ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two entries of the new password differ.</source>
        <translation>Hai lần nhập mật khẩu mới không khớp nhau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password must differ from the current one.</source>
        <translation>Mật khẩu mới phải khác mật khẩu hiện tại.</translation>
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
        <source>The disk holding the workspace is full: nothing was changed. Free some space and try again.</source>
        <translation>Ổ đĩa chứa không gian làm việc đã đầy: chưa có gì thay đổi. Hãy giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is on a read-only disk: nothing can be saved there.</source>
        <translation>Không gian làm việc nằm trên ổ đĩa chỉ đọc: không thể lưu gì vào đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user account may not write to the workspace folder.</source>
        <translation>Tài khoản người dùng này không được ghi vào thư mục không gian làm việc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another MotCua program is changing the workspace key file: try again in a moment.</source>
        <translation>Một chương trình MotCua khác đang thay đổi tệp khóa của không gian làm việc: hãy thử lại sau giây lát.</translation>
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
        <source>The workspace&apos;s database (motcua.db) is missing: restore it from a backup. Nothing was created.</source>
        <translation>Thiếu cơ sở dữ liệu của không gian làm việc (motcua.db): hãy khôi phục từ bản sao lưu. Chưa tạo gì mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace&apos;s database (motcua.db) is cut short or damaged: restore it from a backup. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu của không gian làm việc (motcua.db) bị cắt cụt hoặc hư hỏng: hãy khôi phục từ bản sao lưu. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database (motcua.db) in this folder does not belong to this workspace: restore the workspace&apos;s own database. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu (motcua.db) trong thư mục này không thuộc không gian làm việc này: hãy khôi phục đúng cơ sở dữ liệu của nó. Chưa có gì thay đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace&apos;s database file (motcua.db) is missing: restore it from a backup.</source>
        <translation>Thiếu tệp cơ sở dữ liệu của không gian làm việc (motcua.db): hãy khôi phục từ bản sao lưu.</translation>
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
        <location line="+1"/>
        <source>The workspace&apos;s disk or folder is read-only: nothing was saved. Ask the administrator to check its permissions.</source>
        <translation>Ổ đĩa hoặc thư mục của không gian làm việc chỉ cho phép đọc: chưa lưu được gì. Hãy nhờ quản trị viên kiểm tra quyền ghi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk holding the workspace cannot be read or written (removed, failing or disconnected): nothing was saved.</source>
        <translation>Không đọc hoặc ghi được ổ đĩa chứa không gian làm việc (đã bị rút ra, hỏng hoặc mất kết nối): chưa lưu được gì.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace database is damaged. Nothing was changed; close MotCua and call the administrator (motcua-cli audit verify).</source>
        <translation>Cơ sở dữ liệu của không gian làm việc bị hỏng. Chưa có gì bị thay đổi; hãy đóng MotCua và báo quản trị viên (motcua-cli audit verify).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace is busy with another program for too long: nothing was saved. Try again in a moment.</source>
        <translation>Không gian làm việc đang bị một chương trình khác chiếm quá lâu: chưa lưu được gì. Hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not enough memory to finish: nothing was saved. Close other programs and try again.</source>
        <translation>Không đủ bộ nhớ để hoàn tất: chưa lưu được gì. Hãy đóng bớt chương trình khác rồi thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace database cannot be opened. Nothing was changed; try again, or call the administrator.</source>
        <translation>Không mở được cơ sở dữ liệu của không gian làm việc. Chưa có gì bị thay đổi; hãy thử lại hoặc báo quản trị viên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace database could not answer. Nothing was changed; try again.</source>
        <translation>Cơ sở dữ liệu của không gian làm việc không trả lời được. Chưa có gì bị thay đổi; hãy thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The change could not be saved to the workspace database; nothing was saved. Try again.</source>
        <translation>Không lưu được thay đổi vào cơ sở dữ liệu của không gian làm việc; chưa lưu được gì. Hãy thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation lacks the encryption library: refusing to open the workspace.</source>
        <translation>Bản cài đặt này thiếu thư viện mã hóa: từ chối mở không gian làm việc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace was written by a newer version of MotCua: update this program.</source>
        <translation>Không gian làm việc được ghi bởi phiên bản MotCua mới hơn: hãy cập nhật chương trình này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The workspace could not be re-encrypted with a new key; the old key still opens it.</source>
        <translation>Không mã hóa lại được không gian làm việc bằng khóa mới; khóa cũ vẫn mở được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a counter officer may receive dossiers.</source>
        <translation>Chỉ cán bộ tiếp nhận mới được tiếp nhận hồ sơ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session is locked: sign in again to continue.</source>
        <translation>Phiên làm việc đã khóa: đăng nhập lại để tiếp tục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This procedure has no declaration form.</source>
        <translation>Thủ tục này không có mẫu tờ khai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration form has no field of that name.</source>
        <translation>Mẫu tờ khai không có trường mang tên này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A field of the declaration was given twice.</source>
        <translation>Một trường của tờ khai được nhập hai lần.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required field of the declaration is empty.</source>
        <translation>Một trường bắt buộc của tờ khai còn trống.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ID number must have 12 digits, the first three a province code.</source>
        <translation>Số định danh cá nhân phải có 12 chữ số, ba chữ số đầu là mã tỉnh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date: type it as ddMMyyyy, dd/MM/yyyy or YYYY-MM-DD.</source>
        <translation>Không phải ngày: hãy nhập theo dạng ddMMyyyy, dd/MM/yyyy hoặc YYYY-MM-DD.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a year: type four digits.</source>
        <translation>Không phải năm: hãy nhập bốn chữ số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date or a year: type ddMMyyyy, dd/MM/yyyy, or the year alone (four digits).</source>
        <translation>Không phải ngày hay năm: hãy nhập theo dạng ddMMyyyy, dd/MM/yyyy, hoặc chỉ năm (bốn chữ số).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a Vietnamese phone number (0 or +84, then 8 to 10 digits).</source>
        <translation>Không phải số điện thoại Việt Nam (0 hoặc +84, rồi 8 đến 10 chữ số).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not an e-mail address.</source>
        <translation>Không phải địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value is not one of the form&apos;s choices.</source>
        <translation>Giá trị không thuộc các lựa chọn của mẫu tờ khai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a whole number.</source>
        <translation>Không phải số nguyên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text is too long or holds control characters.</source>
        <translation>Nội dung quá dài hoặc chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration is too long for its printed QR code: shorten the longest fields.</source>
        <translation>Tờ khai quá dài so với mã QR in trên đó: hãy rút gọn các trường dài nhất.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form definition file is not valid JSON.</source>
        <translation>Tệp định nghĩa mẫu tờ khai không phải JSON hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form definition file has an error.</source>
        <translation>Tệp định nghĩa mẫu tờ khai có lỗi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two form definition files have the same form and version.</source>
        <translation>Hai tệp định nghĩa mẫu tờ khai trùng mẫu và phiên bản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form definition file cannot be read.</source>
        <translation>Không đọc được tệp định nghĩa mẫu tờ khai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration&apos;s QR code does not match its data: the data were changed and are not used.</source>
        <translation>Mã QR của tờ khai không khớp với dữ liệu: dữ liệu đã bị thay đổi và không được sử dụng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration was printed with a form version this counter does not know: update the form definitions, or type the declaration.</source>
        <translation>Tờ khai được in theo phiên bản mẫu mà quầy này chưa có: hãy cập nhật các mẫu tờ khai, hoặc nhập tờ khai bằng tay.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration&apos;s QR code cannot be read.</source>
        <translation>Không đọc được mã QR của tờ khai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The declaration&apos;s QR code is of a newer format than this MotCua reads.</source>
        <translation>Mã QR của tờ khai theo định dạng mới hơn định dạng MotCua này đọc được.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the procedure first.</source>
        <translation>Hãy chọn thủ tục trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The procedure is not in the catalog.</source>
        <translation>Thủ tục không có trong danh mục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant is missing.</source>
        <translation>Chưa có thông tin người nộp hồ sơ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant&apos;s ID number must have 12 digits.</source>
        <translation>Số định danh của người nộp phải có 12 chữ số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant&apos;s full name is missing.</source>
        <translation>Thiếu họ và tên của người nộp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A required component is missing: the dossier cannot be received. Request a supplement (Form 02) or refuse it (Form 03).</source>
        <translation>Còn thiếu thành phần bắt buộc: không thể tiếp nhận hồ sơ. Hãy yêu cầu bổ sung (Mẫu 02) hoặc từ chối (Mẫu 03).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The procedure publishes no time limit: set the appointment by hand.</source>
        <translation>Thủ tục không công bố thời hạn giải quyết: hãy tự đặt ngày hẹn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A refusal needs at least one reason.</source>
        <translation>Từ chối tiếp nhận cần ít nhất một lý do.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is missing: there is nothing to request.</source>
        <translation>Không thiếu gì: không có gì để yêu cầu bổ sung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page of the receipt is no longer in the store: scan it again.</source>
        <translation>Một trang của hồ sơ không còn trong kho lưu trữ: hãy quét lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not the QR code of an ID card.</source>
        <translation>Đây không phải mã QR của thẻ căn cước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A separator sheet names no component of this procedure.</source>
        <translation>Tờ phân cách ghi một thành phần không có trong thủ tục này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This dossier is not waiting for a supplement requested at the counter.</source>
        <translation>Hồ sơ này không ở trạng thái chờ bổ sung theo yêu cầu tại quầy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No page to file was found.</source>
        <translation>Không tìm thấy trang nào để lưu vào hồ sơ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every page of a component is blank.</source>
        <translation>Mọi trang của thành phần hồ sơ đều trắng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A saved receipt draft cannot be read.</source>
        <translation>Không đọc được bản nháp tiếp nhận đã lưu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role does not allow this action on the dossier.</source>
        <translation>Vai trò của bạn không được thực hiện thao tác này với hồ sơ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This action is not possible in the dossier&apos;s current status.</source>
        <translation>Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another officer holds this dossier.</source>
        <translation>Hồ sơ đang do cán bộ khác xử lý.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This dossier belongs to another office.</source>
        <translation>Hồ sơ thuộc cơ quan khác.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action lacks information it needs.</source>
        <translation>Thao tác còn thiếu thông tin cần thiết.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action must be recorded by the signed-in officer.</source>
        <translation>Thao tác phải do chính cán bộ đang đăng nhập ghi nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This bundled dossier has no such part.</source>
        <translation>Hồ sơ liên thông này không có phần đó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some parts of this bundled dossier have no result yet.</source>
        <translation>Một số phần của hồ sơ liên thông chưa có kết quả.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no active officer with that login to hand the dossier to.</source>
        <translation>Không có cán bộ đang hoạt động nào có tên đăng nhập này để chuyển hồ sơ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no unit with that code whose pool could take the dossier.</source>
        <translation>Không có đơn vị nào có mã này để nhóm chung nhận hồ sơ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A unit&apos;s pool cannot approve: submit the dossier to a supervisor instead.</source>
        <translation>Nhóm chung của đơn vị không phê duyệt được: hãy trình hồ sơ cho lãnh đạo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This action needs a reason or a note.</source>
        <translation>Thao tác này cần ghi lý do hoặc ý kiến.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An extension is 1 to 365 working days.</source>
        <translation>Thời gian gia hạn là từ 1 đến 365 ngày làm việc.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rating is a whole number from 1 to 5.</source>
        <translation>Mức đánh giá là một số nguyên từ 1 đến 5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identify who collects the result (the QR code of their ID card).</source>
        <translation>Cần xác định người nhận kết quả (mã QR trên thẻ căn cước của người đó).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A result needs its document and its number.</source>
        <translation>Kết quả cần có văn bản và số văn bản.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A supplied component needs at least one page.</source>
        <translation>Thành phần bổ sung cần có ít nhất một trang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The procedure publishes no time limit: the submission cannot be accepted with a due moment.</source>
        <translation>Thủ tục không công bố thời hạn giải quyết: không thể tiếp nhận hồ sơ với thời gian hẹn trả.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stored page no longer matches its fingerprint: it may have been altered.</source>
        <translation>Trang đã lưu không còn khớp dấu vân tay (mã băm): có thể đã bị sửa đổi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page is missing from the store.</source>
        <translation>Thiếu một trang trong kho lưu trữ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanned pages could not be put into their component: scan them again.</source>
        <translation>Không xếp được các trang đã quét vào thành phần của chúng: hãy quét lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read as an image.</source>
        <translation>Không đọc được tệp dưới dạng ảnh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This kind of file cannot be imported.</source>
        <translation>Không nhập được loại tệp này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file is damaged or protected.</source>
        <translation>Tệp PDF bị hỏng hoặc được bảo vệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read as an image or a PDF.</source>
        <translation>Không đọc được tệp dưới dạng ảnh hay PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image file is incomplete or damaged (for example cut short while copying or sending): nothing was imported from it. Ask for the file again or scan the paper.</source>
        <translation>Tệp ảnh không đầy đủ hoặc bị hỏng (ví dụ bị cắt ngang khi sao chép hoặc gửi): không nhập được gì từ tệp này. Hãy xin lại tệp hoặc quét bản giấy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code is incomplete: read it again.</source>
        <translation>Mã QR của thẻ căn cước không đầy đủ: hãy đọc lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code has no valid 12-digit number.</source>
        <translation>Mã QR của thẻ căn cước không có số định danh 12 chữ số hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code has an invalid date of birth.</source>
        <translation>Mã QR của thẻ căn cước có ngày sinh không hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code has an invalid issue date.</source>
        <translation>Mã QR của thẻ căn cước có ngày cấp không hợp lệ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The text read is too long to be an ID card&apos;s QR code.</source>
        <translation>Nội dung đọc được quá dài, không phải mã QR của thẻ căn cước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code holds bytes that are not valid text: read it again.</source>
        <translation>Mã QR trên thẻ căn cước chứa dữ liệu không phải văn bản hợp lệ: hãy đọc lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code has no name.</source>
        <translation>Mã QR trên thẻ căn cước không có họ tên.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code gives a date of birth in the future.</source>
        <translation>Mã QR trên thẻ căn cước ghi ngày sinh ở tương lai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code gives an issue date before the date of birth.</source>
        <translation>Mã QR trên thẻ căn cước ghi ngày cấp trước ngày sinh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID card&apos;s QR code gives an issue date in the future.</source>
        <translation>Mã QR trên thẻ căn cước ghi ngày cấp ở tương lai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event from the portal does not follow the chain of events this computer holds (one is missing or was altered): it was not stored. Sync again; if it persists, tell the supervisor.</source>
        <translation>Một sự kiện từ cổng không nối tiếp chuỗi sự kiện mà máy này đang giữ (thiếu một sự kiện hoặc sự kiện đã bị sửa): sự kiện đó chưa được lưu. Hãy đồng bộ lại; nếu vẫn lỗi, hãy báo lãnh đạo phụ trách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event from the portal takes the place of another event already stored here: it was not stored. Tell the supervisor.</source>
        <translation>Một sự kiện từ cổng trùng vị trí với một sự kiện khác đã lưu trên máy này: sự kiện đó chưa được lưu. Hãy báo lãnh đạo phụ trách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event from the portal takes the place of another event of the office already stored here: it was not stored. Tell the supervisor.</source>
        <translation>Một sự kiện từ cổng trùng vị trí với một sự kiện khác của cơ quan đã lưu trên máy này: sự kiện đó chưa được lưu. Hãy báo lãnh đạo phụ trách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal sent other sequence numbers for an event this computer already holds: nothing was changed. Tell the supervisor.</source>
        <translation>Cổng gửi số thứ tự khác cho một sự kiện mà máy này đã có: không có gì bị thay đổi. Hãy báo lãnh đạo phụ trách.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal answered for an event this computer does not hold.</source>
        <translation>Cổng trả lời về một sự kiện mà máy này không có.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scanner was found.</source>
        <translation>Không tìm thấy máy quét.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scanner stopped answering; the pages already scanned are kept. Try again.</source>
        <translation>Máy quét ngừng phản hồi; các trang đã quét vẫn được giữ. Hãy thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scanner driver failed; the pages already scanned are kept. Try again.</source>
        <translation>Trình điều khiển máy quét bị lỗi; các trang đã quét vẫn được giữ. Hãy thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scanner is busy.</source>
        <translation>Máy quét đang bận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scanner cannot be opened: check that it is switched on and connected.</source>
        <translation>Không mở được máy quét: kiểm tra máy đã bật và đã kết nối.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form could not be saved as a PDF file.</source>
        <translation>Không lưu được phiếu thành tệp PDF.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The form could not be drawn for printing.</source>
        <translation>Không tạo được trang in của phiếu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no dossier with this code in this workspace.</source>
        <translation>Không có hồ sơ nào mang mã này trong kho dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored page cannot be decoded as an image.</source>
        <translation>Không đọc được trang đã lưu thành hình ảnh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A citizen&apos;s ID number has 12 digits.</source>
        <translation>Số định danh cá nhân của công dân gồm 12 chữ số.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The citizen&apos;s full name is missing.</source>
        <translation>Thiếu họ và tên của công dân.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has not synced with the portal for several days: connect it, or carry a bundle, soon.</source>
        <translation>Máy này đã nhiều ngày chưa đồng bộ với cổng: hãy sớm kết nối mạng, hoặc mang gói dữ liệu đi nộp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device has not synced with the portal for too long: new dossiers cannot be received until it syncs (connect it, or carry a bundle to a connected computer).</source>
        <translation>Máy này đã quá lâu chưa đồng bộ với cổng: không thể tiếp nhận hồ sơ mới cho đến khi đồng bộ (hãy kết nối mạng, hoặc mang gói dữ liệu sang một máy có mạng).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many dossiers on this device have not reached the portal: new dossiers cannot be received until it syncs.</source>
        <translation>Có quá nhiều hồ sơ trên máy này chưa được gửi lên cổng: không thể tiếp nhận hồ sơ mới cho đến khi đồng bộ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is stand-alone (made with init): it is not enrolled on a portal and cannot sync. Enroll a new workspace with enroll --portal URL.</source>
        <translation>Không gian làm việc này là độc lập (tạo bằng init): chưa đăng ký với cổng nên không thể đồng bộ. Hãy đăng ký một không gian làm việc mới bằng enroll --portal URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workspace already exists in this folder: enrollment creates a new workspace and never converts an existing one (its dossier codes were minted as device 01). Choose an empty folder.</source>
        <translation>Thư mục này đã có không gian làm việc: việc đăng ký tạo một không gian làm việc mới, không chuyển đổi không gian làm việc có sẵn (mã hồ sơ của nó đã được cấp theo máy số 01). Hãy chọn một thư mục trống.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is enrolled on a portal already.</source>
        <translation>Không gian làm việc này đã được đăng ký với cổng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal address must be an http:// or https:// URL with a host name.</source>
        <translation>Địa chỉ cổng phải là một URL http:// hoặc https:// có tên máy chủ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal cannot be reached (no connection, or the connection was cut): nothing was lost, the next sync tries again.</source>
        <translation>Không kết nối được với cổng (không có mạng, hoặc kết nối bị ngắt): không mất dữ liệu nào, lần đồng bộ sau sẽ thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not answer in time: nothing was lost, the next sync tries again.</source>
        <translation>Cổng không trả lời kịp thời: không mất dữ liệu nào, lần đồng bộ sau sẽ thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal had an internal error: nothing was lost, the next sync tries again.</source>
        <translation>Cổng gặp lỗi nội bộ: không mất dữ liệu nào, lần đồng bộ sau sẽ thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal is unavailable for the moment: nothing was lost, the next sync tries again.</source>
        <translation>Cổng tạm thời không phục vụ: không mất dữ liệu nào, lần đồng bộ sau sẽ thử lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refused the request.</source>
        <translation>Cổng đã từ chối yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some items are not yet accepted by the portal.</source>
        <translation>Một số mục chưa được cổng chấp nhận.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not answer for this item: it will be sent again.</source>
        <translation>Cổng không trả lời cho mục này: mục sẽ được gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal sent changes this program cannot read: nothing was stored.</source>
        <translation>Cổng gửi về các thay đổi mà chương trình không đọc được: không lưu gì cả.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to export: the portal has accepted every event of this device.</source>
        <translation>Không có gì để xuất: cổng đã chấp nhận mọi sự kiện của máy này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle file cannot be read or written.</source>
        <translation>Không đọc hoặc ghi được tệp gói dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle could not be sealed.</source>
        <translation>Không niêm phong được gói dữ liệu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s public key stored at enrollment is damaged.</source>
        <translation>Khóa công khai của cổng lưu khi đăng ký đã bị hỏng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal gives this officer no role on a counter device.</source>
        <translation>Cổng không giao cho cán bộ này vai trò nào trên máy tại quầy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is enrolled on a portal, which is the source of truth for officers, the catalog and the calendar: make this change on the portal; the next sync brings it here.</source>
        <translation>Không gian làm việc này đã đăng ký với cổng, nơi quản lý cán bộ, danh mục thủ tục và lịch làm việc: hãy thực hiện thay đổi này trên cổng; lần đồng bộ sau sẽ đưa nó về đây.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This item is not in the outbox.</source>
        <translation>Mục này không có trong hàng đợi gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong login or password on the portal.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu trên cổng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal asked to sign in again.</source>
        <translation>Cổng yêu cầu đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not accept this device&apos;s sign-in.</source>
        <translation>Cổng không chấp nhận việc đăng nhập của máy này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s sign-in ran out; the next sync signs in again.</source>
        <translation>Phiên đăng nhập trên cổng đã hết hạn; lần đồng bộ sau sẽ đăng nhập lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not accept this device&apos;s signature (is this computer&apos;s clock right?).</source>
        <translation>Cổng không chấp nhận chữ ký của máy này (đồng hồ của máy tính có đúng không?).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refused: this belongs to an office this device may not act for.</source>
        <translation>Cổng từ chối: việc này thuộc một cơ quan mà máy này không được phép xử lý.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This officer belongs to another office: only officers of this computer&apos;s office can sign in here.</source>
        <translation>Cán bộ này thuộc cơ quan khác: chỉ cán bộ của cơ quan sở hữu máy này mới đăng nhập được ở đây.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s key for this computer does not open this workspace: ask the administrator to check the enrollment.</source>
        <translation>Khóa của cổng dành cho máy này không mở được không gian làm việc: đề nghị quản trị viên kiểm tra việc đăng ký máy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This device&apos;s enrollment was revoked on the portal: it can no longer sync.</source>
        <translation>Việc đăng ký của máy này đã bị thu hồi trên cổng: máy không thể đồng bộ nữa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal does not know this device.</source>
        <translation>Cổng không nhận ra máy này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The office already has 99 enrolled devices.</source>
        <translation>Cơ quan đã có đủ 99 máy được đăng ký.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal has no such item.</source>
        <translation>Cổng không có mục này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal could not read the request.</source>
        <translation>Cổng không đọc được yêu cầu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request is too large for the portal.</source>
        <translation>Yêu cầu quá lớn đối với cổng.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page sent to the portal arrived damaged: it will be sent again.</source>
        <translation>Một trang gửi lên cổng bị hỏng trên đường truyền: trang sẽ được gửi lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page upload was out of step with the portal: it resumes at the next sync.</source>
        <translation>Việc tải một trang lên bị lệch với cổng: sẽ tiếp tục ở lần đồng bộ sau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal does not have a page of this item yet: it will be sent again after the page.</source>
        <translation>Cổng chưa có một trang của mục này: mục sẽ được gửi lại sau khi gửi trang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal did not accept the signature of the items sent.</source>
        <translation>Cổng không chấp nhận chữ ký của các mục đã gửi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bundle was changed or damaged after it was made: refused whole, nothing was stored.</source>
        <translation>Gói dữ liệu đã bị thay đổi hoặc hư hỏng sau khi tạo: bị từ chối toàn bộ, không lưu gì cả.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event does not follow the previous one of its device: the missing one is sent first.</source>
        <translation>Sự kiện này không nối tiếp sự kiện trước của máy tạo ra nó: sự kiện còn thiếu sẽ được gửi trước.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another event already holds this place in the device&apos;s chain.</source>
        <translation>Một sự kiện khác đã giữ vị trí này trong chuỗi của máy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal could not read this event.</source>
        <translation>Cổng không đọc được sự kiện này.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal gave this event another place than before: it was not changed here.</source>
        <translation>Cổng xếp sự kiện này vào vị trí khác với trước đây: không thay đổi gì ở đây.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This event is not in this workspace.</source>
        <translation>Sự kiện này không có trong không gian làm việc này.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The operation failed (error %1).</source>
        <translation>Thao tác không thành công (lỗi %1).</translation>
    </message>
</context>
<context>
    <name>motcua::FirstRunWizard</name>
    <message>
        <location filename="../ui/FirstRunWizard.cpp" line="+183"/>
        <source>MotCua — First start</source>
        <translation>MotCua — Khởi động lần đầu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to MotCua</source>
        <translation>Chào mừng đến với MotCua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no workspace on this PC yet (%1). Choose how this counter PC starts:</source>
        <translation>Máy này chưa có kho dữ liệu (%1). Chọn cách bắt đầu cho máy tại quầy này:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enroll this PC with the portal</source>
        <translation>Đăng ký máy này với cổng dịch vụ công</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a stand-alone workspace</source>
        <translation>Tạo kho dữ liệu độc lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your portal account. The PC gets its device number and key from the portal, and the office, the catalog and the calendar come from there. Your portal password also becomes your password on this PC.</source>
        <translation>Đăng nhập bằng tài khoản của anh/chị trên cổng dịch vụ công. Máy nhận số thiết bị và khóa từ cổng; cơ quan, danh mục thủ tục và lịch làm việc cũng lấy từ cổng. Mật khẩu trên cổng đồng thời là mật khẩu trên máy này.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Portal address:</source>
        <translation>Địa chỉ cổng dịch vụ công:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enroll</source>
        <translation>Đăng &amp;ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>&amp;Back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A stand-alone workspace works without the portal and never syncs: everything stays on this PC. It cannot be enrolled later (its dossier codes were not given by the portal). You become its first officer, with every role.</source>
        <translation>Kho dữ liệu độc lập hoạt động không cần cổng dịch vụ công và không bao giờ đồng bộ: mọi dữ liệu ở lại trên máy này. Kho này không thể đăng ký với cổng về sau (mã hồ sơ của nó không do cổng cấp). Anh/chị là cán bộ đầu tiên của kho, có mọi vai trò.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Office code:</source>
        <translation>Mã cơ quan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office name:</source>
        <translation>Tên cơ quan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a province office (not a commune)</source>
        <translation>Đây là cơ quan cấp tỉnh (không phải cấp xã)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login:</source>
        <translation>Tên đăng nhập của anh/chị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your full name:</source>
        <translation>Họ và tên của anh/chị:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (at least 8 characters):</source>
        <translation>Mật khẩu (ít nhất 8 ký tự):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the password:</source>
        <translation>Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create</source>
        <translation>&amp;Tạo</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The portal at %1 cannot be reached. Check the address and this PC&apos;s network connection, then try again.</source>
        <translation>Không kết nối được cổng dịch vụ công tại %1. Hãy kiểm tra địa chỉ và kết nối mạng của máy rồi thử lại.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal refused this login and password. Check them (letter case counts) and try again.</source>
        <translation>Cổng dịch vụ công từ chối tên đăng nhập và mật khẩu này. Hãy kiểm tra lại (phân biệt chữ hoa, chữ thường) rồi thử lại.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your office already has the most devices the portal allows (99). Ask the portal administrator to revoke a PC that is no longer used, then try again.</source>
        <translation>Cơ quan của anh/chị đã có số thiết bị tối đa cổng dịch vụ công cho phép (99). Hãy đề nghị quản trị cổng thu hồi một máy không còn dùng rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>motcua::FormOutput</name>
    <message>
        <location filename="../ui/receive/FormOutput.cpp" line="+53"/>
        <source>Save the slip as PDF</source>
        <translation>Lưu phiếu thành tệp PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>motcua::FormView</name>
    <message>
        <location filename="../ui/forms/FormView.cpp" line="+50"/>
        <source>Declaration: %1</source>
        <translation>Tờ khai: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Print for signature</source>
        <translation>In để ký</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tab: next field  ·  Enter: accept a suggestion, go to the next field to fill, or print when none is left  ·  dates as ddMMyyyy  ·  places: type part of a name, ↓ and Enter to pick  ·  people (a parent, the deceased …): type part of the name or the ID number, ↓ and Enter to fill them in</source>
        <translation>Tab: trường tiếp theo  ·  Enter: chấp nhận gợi ý, sang trường cần điền tiếp theo, hoặc in khi đã điền đủ  ·  ngày gõ dạng ddMMyyyy  ·  địa danh: gõ một phần tên, ↓ và Enter để chọn  ·  người (cha, mẹ, người đã chết …): gõ một phần họ tên hoặc số định danh, ↓ và Enter để điền thông tin của người đó</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printed to %1: give it to the applicant to sign, then scan the signed page into the component.</source>
        <translation>Đã in ra %1: đưa người yêu cầu ký, rồi quét trang đã ký vào thành phần hồ sơ.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>ddMMyyyy</source>
        <translation>ddMMyyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ddMMyyyy or yyyy</source>
        <translation>ddMMyyyy hoặc yyyy</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>From the ID card (CCCD)</source>
        <translation>Từ CCCD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the citizen records</source>
        <translation>Từ dữ liệu công dân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the applicant step</source>
        <translation>Từ bước người nộp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This office</source>
        <translation>Cơ quan này</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usual value</source>
        <translation>Giá trị thường dùng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: Enter accepts it</source>
        <translation>Gợi ý: Enter để chấp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From dossier %1</source>
        <translation>Từ hồ sơ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From %1</source>
        <translation>Từ %1</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>A suggestion: press Enter to accept it, or type the right value.</source>
        <translation>Đây là gợi ý: nhấn Enter để chấp nhận, hoặc nhập giá trị đúng.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complete the declaration before printing it.</source>
        <translation>Hãy điền đủ tờ khai trước khi in.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printed: give it to the applicant to sign, then scan the signed page into the component.</source>
        <translation>Đã in: đưa người yêu cầu ký, rồi quét trang đã ký vào thành phần hồ sơ.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Suggested, accepted</source>
        <translation>Gợi ý, đã chấp nhận</translation>
    </message>
</context>
<context>
    <name>motcua::FramedDialog</name>
    <message>
        <location filename="../ui/FramedDialog.cpp" line="+58"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>motcua::LoginWindow</name>
    <message>
        <location filename="../ui/LoginWindow.cpp" line="+141"/>
        <source>Enter your officer login.</source>
        <translation>Hãy nhập tên đăng nhập của cán bộ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Try again in %n second(s)</source>
        <translation>
            <numerusform>Thử lại sau %n giây</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location line="+16"/>
        <source>Locked: %1 (%2) was working here. Enter the password to continue, or choose &quot;Switch officer&quot;.</source>
        <translation>Màn hình đã khóa: %1 (%2) đang làm việc tại đây. Nhập mật khẩu để tiếp tục, hoặc chọn “Đổi cán bộ”.</translation>
    </message>
</context>
<context>
    <name>motcua::LookupPage</name>
    <message>
        <location filename="../ui/pages/LookupPage.cpp" line="+30"/>
        <source>read as a dossier code</source>
        <translation>tìm theo mã hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as a lookup code</source>
        <translation>tìm theo mã tra cứu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as an ID number</source>
        <translation>tìm theo số định danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as an old ID number</source>
        <translation>tìm theo số CMND cũ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as a phone number</source>
        <translation>tìm theo số điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as a name</source>
        <translation>tìm theo tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read as the start of a dossier code</source>
        <translation>hiểu là phần đầu mã hồ sơ</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Lookup</source>
        <translation>Tra cứu</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Address: %1</source>
        <translation>Địa chỉ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old ID number: %1</source>
        <translation>Số CMND cũ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reusable documents in the data warehouse.</source>
        <translation>Kho dữ liệu không có giấy tờ nào dùng lại được.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>electronic copy on this computer</source>
        <translation>đã có bản điện tử trên máy này</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no electronic copy available here</source>
        <translation>chưa lấy được bản điện tử về máy này</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search could not be completed: %1</source>
        <translation>Không tra cứu được: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dossier received %1.</source>
        <translation>Không có hồ sơ nào tiếp nhận %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dossier(s) received %1.</source>
        <translation>
            <numerusform>%n hồ sơ tiếp nhận %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type to search; Down moves to the results, Enter opens a dossier.</source>
        <translation>Gõ để tìm; phím Xuống chuyển vào kết quả, Enter mở hồ sơ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type or scan to search. Down moves to the results, Enter opens a dossier.</source>
        <translation>Gõ hoặc quét mã để tìm. Phím ↓ chuyển xuống kết quả, Enter mở hồ sơ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep typing: a full ID number (12 digits), old ID (9), phone (10) or a name.</source>
        <translation>Gõ tiếp: số định danh đủ 12 số, CMND cũ 9 số, điện thoại 10 số hoặc họ tên.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n công dân</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from %1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search dossiers and citizens by dossier code (or its start, e.g. the day 261207), lookup code, ID number, phone number or name (diacritics optional). With nothing typed: the dossiers received in the chosen period.</source>
        <translation>Tìm hồ sơ và công dân theo mã hồ sơ (hoặc phần đầu của mã, ví dụ ngày 261207), mã tra cứu, số định danh, số điện thoại hoặc họ tên (có dấu hay không dấu đều được). Khi chưa gõ gì: các hồ sơ tiếp nhận trong khoảng thời gian đã chọn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier code (or its start), lookup code, ID number, phone or name…</source>
        <translation>Mã hồ sơ (hoặc phần đầu), mã tra cứu, số định danh, điện thoại hoặc họ tên…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date range</source>
        <translation>Khoảng ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossiers received in this period, listed while the search field is empty</source>
        <translation>Hồ sơ tiếp nhận trong khoảng này, liệt kê khi ô tìm kiếm để trống</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
</context>
<context>
    <name>motcua::LookupResultsModel</name>
    <message>
        <location filename="../ui/pages/LookupPageModel.cpp" line="+70"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (late)</source>
        <translation>%1 (trễ hạn)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lookup code: %1</source>
        <translation>Mã tra cứu: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Citizen</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>born %1</source>
        <translation>sinh %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Old ID number: %1</source>
        <translation>Số CMND cũ: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code / ID number</source>
        <translation>Mã / số định danh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure / details</source>
        <translation>Thủ tục / thông tin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status / phone</source>
        <translation>Trạng thái / điện thoại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+122"/>
        <location line="+216"/>
        <source>%n failed sign-in attempt(s) for your login since your last sign-in.</source>
        <translation>
            <numerusform>Có %n lần đăng nhập sai vào tài khoản của bạn kể từ lần đăng nhập trước.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Choose &amp;scanner…</source>
        <translation>Chọn &amp;máy quét…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stand-alone</source>
        <translation>Độc lập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to sync: %1</source>
        <translation>Chờ đồng bộ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>New receipts are blocked: %n dossier(s) on this PC have not reached the portal yet, more than the portal allows. Connect this PC to the network and press &quot;Sync now&quot; on the Sync page; receipts resume once they are sent.</source>
        <translation>
            <numerusform>Đã chặn tiếp nhận hồ sơ mới: %n hồ sơ trên máy này chưa được gửi lên cổng dịch vụ công, vượt mức cổng cho phép. Hãy kết nối mạng cho máy và bấm &quot;Đồng bộ ngay&quot; ở trang Đồng bộ; việc tiếp nhận trở lại khi các hồ sơ đã được gửi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>New receipts are blocked: this PC has not synced with the portal for %n day(s), longer than the portal allows. Connect it to the network and press &quot;Sync now&quot; on the Sync page (or carry a bundle to a connected PC); receipts resume after a complete sync.</source>
        <translation>
            <numerusform>Đã chặn tiếp nhận hồ sơ mới: máy này đã %n ngày chưa đồng bộ với cổng dịch vụ công, lâu hơn mức cổng cho phép. Hãy kết nối mạng và bấm &quot;Đồng bộ ngay&quot; ở trang Đồng bộ (hoặc mang gói dữ liệu sang một máy có mạng); việc tiếp nhận trở lại sau một lần đồng bộ trọn vẹn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This PC has not synced with the portal for %n day(s). Connect it to the network and press &quot;Sync now&quot; on the Sync page: after %1 days without sync, new receipts are blocked.</source>
        <translation>
            <numerusform>Máy này đã %n ngày chưa đồng bộ với cổng dịch vụ công. Hãy kết nối mạng và bấm &quot;Đồng bộ ngay&quot; ở trang Đồng bộ: sau %1 ngày không đồng bộ, việc tiếp nhận hồ sơ mới sẽ bị chặn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last sync: %1</source>
        <translation>Đồng bộ lần cuối: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never synced</source>
        <translation>Chưa đồng bộ lần nào</translation>
    </message>
</context>
<context>
    <name>motcua::OfficerPickerModel</name>
    <message>
        <location filename="../ui/casework/OfficerPickerModel.cpp" line="+49"/>
        <source>Pool of unit %1 (any processing officer takes it)</source>
        <translation>Nhóm chung của đơn vị %1 (cán bộ xử lý nào của đơn vị cũng nhận được)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) — %3</source>
        <comment>name, login, roles</comment>
        <translation>%1 (%2) — %3</translation>
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
    <name>motcua::PageStrip</name>
    <message>
        <location filename="../ui/receive/PageStrip.cpp" line="+56"/>
        <source>set aside</source>
        <translation>để riêng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p. %1</source>
        <translation>tr. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+←/→ move · R rotate · Space set aside/restore · Delete remove</source>
        <translation>Ctrl+←/→ di chuyển · R xoay · Space để riêng/khôi phục · Delete xóa</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Move left</source>
        <translation>Chuyển sang trái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move right</source>
        <translation>Chuyển sang phải</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate</source>
        <translation>Xoay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set aside / restore</source>
        <translation>Để riêng / khôi phục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>motcua::PlaceholderPage</name>
    <message>
        <location filename="../ui/pages/PlaceholderPage.cpp" line="+21"/>
        <source>This page is being built and arrives with a coming version.</source>
        <translation>Trang này đang được xây dựng và sẽ có trong phiên bản tới.</translation>
    </message>
</context>
<context>
    <name>motcua::ProcedureStep</name>
    <message>
        <location filename="../ui/receive/ProcedureStep.cpp" line="+134"/>
        <source>favourite</source>
        <translation>ưa dùng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>used recently</source>
        <translation>dùng gần đây</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No procedure matches. Try fewer letters, or the code.</source>
        <translation>Không có thủ tục phù hợp. Hãy gõ ít chữ hơn, hoặc gõ mã thủ tục.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter: choose  ·  ↓: move through the list  ·  Ctrl+D: favourite</source>
        <translation>Enter: chọn  ·  ↓: di chuyển trong danh sách  ·  Ctrl+D: đánh dấu ưa dùng</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>1. Procedure</source>
        <translation>1. Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters of the name (diacritics optional) or the code</source>
        <translation>Gõ vài chữ của tên thủ tục (có hoặc không dấu) hoặc mã thủ tục</translation>
    </message>
</context>
<context>
    <name>motcua::QueueTableModel</name>
    <message>
        <location filename="../ui/pages/QueueTableModel.cpp" line="+135"/>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due within a working day</source>
        <translation>đến hạn trong một ngày làm việc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>clock paused</source>
        <translation>tạm dừng tính hạn</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Counter</source>
        <translation>Bộ phận một cửa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (awaiting approval)</source>
        <translation>%1 (chờ phê duyệt)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %n conflict(s)</source>
        <translation>
            <numerusform>%1 — %n xung đột</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>Người đang giữ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Hạn trả</translation>
    </message>
</context>
<context>
    <name>motcua::RatingWindow</name>
    <message>
        <location filename="../ui/casework/RatingWindow.cpp" line="+121"/>
        <source>Rate our service</source>
        <translation>Đánh giá mức độ hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you for using our service</source>
        <translation>Cảm ơn Ông/Bà đã sử dụng dịch vụ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How satisfied are you with the handling of dossier %1?</source>
        <translation>Ông/Bà hài lòng thế nào với việc giải quyết hồ sơ %1?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very dissatisfied</source>
        <translation>Rất không hài lòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dissatisfied</source>
        <translation>Không hài lòng</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acceptable</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfied</source>
        <translation>Hài lòng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very satisfied</source>
        <translation>Rất hài lòng</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Touch a button or press 1 to 5.</source>
        <translation>Chạm vào một nút hoặc bấm phím 1 đến 5.</translation>
    </message>
</context>
<context>
    <name>motcua::ReceivePage</name>
    <message>
        <location filename="../ui/pages/ReceivePage.cpp" line="+85"/>
        <source>The session locked before these pages were stored: scan or import them again.</source>
        <translation>Phiên làm việc đã khóa trước khi các trang này được lưu: hãy quét hoặc nhập lại.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These pages were not stored: %1 Scan or import them again.</source>
        <translation>Các trang này chưa được lưu: %1 Hãy quét hoặc nhập lại.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Importing into component %1: %n page(s) stored…</source>
        <translation>
            <numerusform>Đang nhập vào thành phần %1: đã lưu %n trang…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Draft saved at %1</source>
        <translation>Đã lưu bản nháp lúc %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Receive</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+253"/>
        <source>Read the ID card from an image</source>
        <translation>Đọc thẻ căn cước từ ảnh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import the component&apos;s files</source>
        <translation>Nhập tệp của thành phần hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Tài liệu (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>1  Procedure</source>
        <translation>1  Thủ tục</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2  Applicant</source>
        <translation>2  Người nộp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3  Components</source>
        <translation>3  Thành phần</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4  Decision</source>
        <translation>4  Quyết định</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not chosen</source>
        <translation>chưa chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not given</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>complete</source>
        <translation>đã đủ</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n missing</source>
        <translation>
            <numerusform>thiếu %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>writing…</source>
        <translation>đang ghi…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dossier %1 written.</source>
        <translation>Đã ghi hồ sơ %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Missing: %1.</source>
        <translation>Còn thiếu: %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Throw away this receipt?</source>
        <translation>Bỏ hồ sơ đang tiếp nhận?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was entered for this receipt (procedure, applicant, scanned pages) will be thrown away.</source>
        <translation>Những gì đã nhập cho hồ sơ này (thủ tục, người nộp, các trang đã quét) sẽ bị bỏ.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next →  (Enter)</source>
        <translation>Tiếp →  (Enter)</translation>
    </message>
</context>
<context>
    <name>motcua::ReceiveText</name>
    <message>
        <location filename="../ui/receive/ReceiveText.cpp" line="+8"/>
        <source>no published time limit</source>
        <translation>không công bố thời hạn</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within the day</source>
        <translation>trong ngày</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>blank page, set aside</source>
        <translation>trang trắng, để riêng</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blurred</source>
        <translation>bị mờ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolution too low</source>
        <translation>độ phân giải quá thấp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skewed</source>
        <translation>bị lệch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too dark</source>
        <translation>quá tối</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too light</source>
        <translation>quá nhạt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fewer pages than expected</source>
        <translation>ít trang hơn dự kiến</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quality check: %1</source>
        <translation>kiểm tra chất lượng: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The ID number starts with %1, which is no province code.</source>
        <translation>Số định danh bắt đầu bằng %1, không phải mã tỉnh nào.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID number&apos;s century digit (%1) does not match the year of birth %2.</source>
        <translation>Chữ số thế kỷ của số định danh (%1) không khớp với năm sinh %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID number&apos;s gender digit (%1) does not match the gender on the card (%2).</source>
        <translation>Chữ số giới tính của số định danh (%1) không khớp với giới tính trên thẻ (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID number&apos;s year digits (%1) do not match the year of birth %2.</source>
        <translation>Hai chữ số năm sinh trong số định danh (%1) không khớp với năm sinh %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card&apos;s issue date %1 is before the date of birth %2.</source>
        <translation>Ngày cấp thẻ %1 trước ngày sinh %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gender on the card (%1) is not recognised.</source>
        <translation>Không nhận ra giới tính trên thẻ (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The old ID number has %1 digits instead of 9.</source>
        <translation>Số CMND cũ có %1 chữ số thay vì 9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The card needs a look (%1).</source>
        <translation>Cần kiểm tra lại thẻ (%1).</translation>
    </message>
</context>
<context>
    <name>motcua::Reprinter</name>
    <message>
        <location filename="../ui/Reprinter.cpp" line="+55"/>
        <source>Reprint</source>
        <translation>In lại</translation>
    </message>
</context>
<context>
    <name>motcua::ReturnDialog</name>
    <message>
        <location filename="../ui/casework/ReturnDialog.cpp" line="+49"/>
        <source>The ID card&apos;s picture</source>
        <translation>Ảnh căn cước công dân</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</source>
        <translation>Ảnh (*.png *.jpg *.jpeg *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The rating window was closed without a rating: ask again, or return without rating.</source>
        <translation>Cửa sổ đánh giá đã đóng mà chưa có đánh giá: mời đánh giá lại, hoặc trả kết quả không đánh giá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the citizen&apos;s rating on the rating window…</source>
        <translation>Đang chờ người dân đánh giá trên cửa sổ đánh giá…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collector&apos;s ID card</source>
        <translation>Căn cước của người nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the QR from a picture…</source>
        <translation>Đọc mã QR từ ảnh…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number (or the card&apos;s QR text)</source>
        <translation>Số định danh (hoặc nội dung mã QR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return without rating</source>
        <translation>Trả kết quả không đánh giá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for the rating and return</source>
        <translation>Mời đánh giá và trả kết quả</translation>
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
    <name>motcua::ScannerChooser</name>
    <message>
        <location filename="../ui/ScannerChooser.cpp" line="+66"/>
        <source>No scanner was found. Check that it is switched on and connected, then refresh.</source>
        <translation>Không tìm thấy máy quét. Hãy kiểm tra máy quét đã bật và đã kết nối, rồi bấm Làm mới.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the scanner of this counter:</source>
        <translation>Chọn máy quét của quầy này:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Looking for scanners…</source>
        <translation>Đang tìm máy quét…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose scanner</source>
        <translation>Chọn máy quét</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
</context>
<context>
    <name>motcua::SupplementDialog</name>
    <message>
        <location filename="../ui/SupplementDialog.cpp" line="+66"/>
        <source>Import the component&apos;s files</source>
        <translation>Nhập tệp của thành phần hồ sơ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Tài liệu (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>no page yet</source>
        <translation>chưa có trang nào</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import…</source>
        <translation>Nhập tệp…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supplement received</source>
        <translation>Tiếp nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement for dossier %1</source>
        <translation>Bổ sung cho hồ sơ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the request to supplement (Form 02)…</source>
        <translation>Đang đọc phiếu yêu cầu bổ sung (Mẫu 02)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 brings what the request to supplement (Form 02) asked for. Import the pages of each component below; the dossier is then received and the receipt with the appointment date (Form 01) is printed.</source>
        <translation>%1 mang đến những thành phần mà phiếu yêu cầu bổ sung (Mẫu 02) đã nêu. Hãy nhập các trang của từng thành phần dưới đây; sau đó hồ sơ được tiếp nhận và in giấy tiếp nhận, hẹn trả kết quả (Mẫu 01).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receive and print Form 01</source>
        <translation>Tiếp nhận và in Mẫu 01</translation>
    </message>
</context>
<context>
    <name>motcua::SyncAge</name>
    <message>
        <location filename="../ui/sync/SyncAge.cpp" line="+8"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::SyncItemModel</name>
    <message>
        <location filename="../ui/sync/SyncItemModel.cpp" line="+42"/>
        <source>Waiting to be sent</source>
        <translation>Đang chờ gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted by the portal</source>
        <translation>Cổng đã nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed, will be retried</source>
        <translation>Gửi lỗi, sẽ thử lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the portal</source>
        <translation>Cổng từ chối</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>At the next sync</source>
        <translation>Ở lần đồng bộ sau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dossier</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Số TT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Số lần gửi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next try</source>
        <translation>Thử lại lúc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>motcua::SyncPage</name>
    <message>
        <location filename="../ui/pages/SyncPage.cpp" line="+131"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync &amp;now</source>
        <translation>Đồng bộ &amp;ngay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry the selected item</source>
        <translation>&amp;Gửi lại mục đã chọn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show items the portal accepted</source>
        <translation>Hiện cả các mục cổng đã nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This workspace is stand-alone: it was created on this computer (motcua-cli init), not enrolled with the provincial portal, so it never syncs. Everything recorded here stays in this computer&apos;s encrypted store. To work with the portal, enroll this PC: start MotCua with --enroll and a new, empty workspace folder.</source>
        <translation>Kho dữ liệu này là kho độc lập: được tạo trên máy này (motcua-cli init), không đăng ký với cổng dịch vụ công của tỉnh, nên không bao giờ đồng bộ. Mọi dữ liệu ghi nhận tại đây ở lại trong kho mã hóa của máy. Để làm việc với cổng, hãy đăng ký máy: chạy MotCua với --enroll và một thư mục kho dữ liệu mới, trống.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Portal: %1 · office %2 · device no. %3</source>
        <translation>Cổng: %1 · cơ quan %2 · thiết bị số %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last complete sync: %1 (%2).</source>
        <translation>Đồng bộ trọn vẹn lần cuối: %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC has not completed a sync yet.</source>
        <translation>Máy này chưa đồng bộ trọn vẹn lần nào.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Nothing is waiting to be sent.</source>
        <translation>Không có gì đang chờ gửi.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) not yet accepted by the portal.</source>
        <translation>
            <numerusform>%n mục chưa được cổng dịch vụ công nhận.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed (retried automatically).</source>
        <translation>
            <numerusform>%n mục gửi lỗi (tự động thử lại).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused by the portal (see the reason, then retry).</source>
        <translation>
            <numerusform>%n mục bị cổng từ chối (xem lý do rồi gửi lại).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The last sync did not finish: %1</source>
        <translation>Lần đồng bộ gần nhất chưa hoàn tất: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sending events</source>
        <translation>Đang gửi sự kiện</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sending pages</source>
        <translation>Đang gửi trang tài liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving changes</source>
        <translation>Đang nhận thay đổi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updating the catalog and calendar</source>
        <translation>Đang cập nhật danh mục thủ tục và lịch làm việc</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to the portal</source>
        <translation>Đang kết nối cổng dịch vụ công</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>motcua::TimelineModel</name>
    <message>
        <location filename="../ui/DossierViewModels.cpp" line="-68"/>
        <source>%1 (conflict)</source>
        <translation>%1 (xung đột)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kept in the log but refused in this order: %1</source>
        <translation>Được giữ trong nhật ký nhưng bị từ chối theo thứ tự này: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>motcua::TransferDialog</name>
    <message>
        <location filename="../ui/casework/TransferDialog.cpp" line="+142"/>
        <source>To</source>
        <translation>Chuyển cho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or a login</source>
        <translation>Gõ họ tên hoặc tên đăng nhập</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit for approval</source>
        <translation>Trình phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Ghi chú (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>motcua::casework::CaseworkForms</name>
    <message>
        <location filename="../app/casework/CaseworkForms.cpp" line="+54"/>
        <source>Counter of %1</source>
        <translation>Bộ phận một cửa %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submitted for approval</source>
        <translation>Trình phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred for processing</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested (clock paused)</source>
        <translation>Yêu cầu bổ sung (tạm dừng tính thời gian)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement received</source>
        <translation>Nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Không phê duyệt, trả lại</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time extended (Form 04)</source>
        <translation>Gia hạn (Mẫu 04)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing stopped (Form 05)</source>
        <translation>Dừng giải quyết (Mẫu 05)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result ready</source>
        <translation>Có kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result returned</source>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The applicant or an authorised person</source>
        <translation>Người nộp hồ sơ hoặc người được ủy quyền</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late</source>
        <translation>Quá hạn</translation>
    </message>
</context>
<context>
    <name>motcua::cli::Cli</name>
    <message>
        <location filename="../app/cli/CalendarCommand.cpp" line="+19"/>
        <source>usage: calendar --year YYYY</source>
        <translation>cách dùng: calendar --year YYYY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--year must be a year from 1900 to 2100</source>
        <translation>--year phải là một năm từ 1900 đến 2100</translation>
    </message>
    <message>
        <location filename="../app/cli/CalendarEditCommand.cpp" line="+53"/>
        <source>usage: calendar-set YYYY-MM-DD off|work &quot;DESCRIPTION&quot;</source>
        <translation>cách dùng: calendar-set YYYY-MM-DD off|work &quot;MÔ TẢ&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>usage: calendar-unset YYYY-MM-DD</source>
        <translation>cách dùng: calendar-unset YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../app/cli/CatalogCommand.cpp" line="+84"/>
        <source>no procedure with code &apos;%1&apos; in catalog %2</source>
        <translation>không có thủ tục mã &apos;%1&apos; trong danh mục %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large</source>
        <translation>%1 quá lớn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>catalog import needs --workspace DIR --officer LOGIN</source>
        <translation>catalog import cần --workspace THƯ_MỤC --officer TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>usage: catalog list | catalog show CODE | catalog validate FILE | catalog import FILE</source>
        <translation>cách dùng: catalog list | catalog show MÃ | catalog validate TỆP | catalog import TỆP</translation>
    </message>
    <message>
        <location filename="../app/cli/CliCommand.cpp" line="+27"/>
        <source>No password: set %1 (there is no terminal to ask on).</source>
        <translation>Chưa có mật khẩu: hãy đặt %1 (không có cửa sổ dòng lệnh để hỏi).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Password: </source>
        <translation>Mật khẩu: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password: </source>
        <translation>Mật khẩu mới: </translation>
    </message>
    <message>
        <location filename="../app/cli/CliSession.cpp" line="+41"/>
        <location filename="../app/cli/SyncCommand.cpp" line="+36"/>
        <source>this command needs --officer LOGIN before the command</source>
        <translation>lệnh này cần --officer TÊN_ĐĂNG_NHẬP đặt trước lệnh</translation>
    </message>
    <message>
        <location filename="../app/cli/DbKeyCommand.cpp" line="+10"/>
        <source>db-key takes no arguments</source>
        <translation>db-key không nhận tham số</translation>
    </message>
    <message>
        <location filename="../app/cli/DecodeCommand.cpp" line="+22"/>
        <source>usage: decode FILE...</source>
        <translation>cách dùng: decode TỆP...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>page %1 cannot be read [%2]</source>
        <translation>không đọc được trang %1 [%2]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>file %1</source>
        <translation>tệp %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DigitizeCommand.cpp" line="+49"/>
        <location line="+47"/>
        <location line="+59"/>
        <source>file %1 of the stack</source>
        <translation>tệp %1 của tập hồ sơ</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>digitize needs --workspace DIR and --officer LOGIN</source>
        <translation>digitize cần --workspace THƯ_MỤC và --officer TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digitize needs --procedure CODE</source>
        <translation>digitize cần --procedure MÃ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digitize takes one STACK.pdf or folder of page images</source>
        <translation>digitize nhận một tệp TẬP.pdf hoặc một thư mục ảnh trang</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+2"/>
        <location line="+67"/>
        <source>the stack</source>
        <translation>tập hồ sơ</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>page %1: the ID card is not used: %2</source>
        <translation>trang %1: không dùng thẻ căn cước: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>file %1 of the stack, page %2</source>
        <translation>tệp %1 của tập hồ sơ, trang %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 from page %2: already received by an earlier run</source>
        <translation>%1 từ trang %2: đã được tiếp nhận ở lần chạy trước</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 from page %2, components %3</source>
        <translation>%1 từ trang %2, thành phần %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n blank page(s) set aside</source>
        <translation>
            <numerusform>để riêng %n trang trắng</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing required component(s) %1</source>
        <translation>thiếu thành phần bắt buộc %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DueDateCommand.cpp" line="+41"/>
        <source>usage: due-date (--procedure CODE | --days N | --hours N) --received &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>cách dùng: due-date (--procedure MÃ | --days N | --hours N) --received &quot;YYYY-MM-DD HH:MM&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--received must be &quot;YYYY-MM-DD HH:MM&quot;</source>
        <translation>--received phải có dạng &quot;YYYY-MM-DD HH:MM&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--%1 must be a whole number from 0 to %2</source>
        <translation>--%1 phải là số nguyên từ 0 đến %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no due moment: outside the calendar&apos;s range %1–%2</source>
        <translation>không tính được hạn: ngoài phạm vi lịch %1–%2</translation>
    </message>
    <message>
        <location filename="../app/cli/InitCommand.cpp" line="+21"/>
        <source>init takes no positional arguments</source>
        <translation>init không nhận tham số vị trí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>init needs --officer LOGIN (the first officer) before the command</source>
        <translation>init cần --officer TÊN_ĐĂNG_NHẬP (cán bộ đầu tiên) đặt trước lệnh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>usage: init --office CODE --name &quot;FULL NAME&quot; [--office-name &quot;...&quot;]</source>
        <translation>cách dùng: init --office MÃ --name &quot;HỌ VÀ TÊN&quot; [--office-name &quot;...&quot;]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--office-level is province or commune</source>
        <translation>--office-level là province (tỉnh) hoặc commune (xã)</translation>
    </message>
    <message>
        <location filename="../app/cli/LunarCommand.cpp" line="+17"/>
        <source>usage: lunar YYYY-MM-DD</source>
        <translation>cách dùng: lunar YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a date (expected YYYY-MM-DD): </source>
        <translation>không phải ngày (cần YYYY-MM-DD): </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date out of the supported range 1900-01-01 – 2100-12-31</source>
        <translation>ngày nằm ngoài phạm vi hỗ trợ 1900-01-01 – 2100-12-31</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+23"/>
        <source>usage: motcua-cli [--workspace DIR] [--officer LOGIN] [--lang vi|en] [--verbose] COMMAND [ARGS...]</source>
        <translation>cách dùng: motcua-cli [--workspace THƯ_MỤC] [--officer TÊN_ĐĂNG_NHẬP] [--lang vi|en] [--verbose] LỆNH [THAM_SỐ...]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commands:</source>
        <translation>các lệnh:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The acting officer&apos;s password comes from MOTCUA_PASSWORD (a new officer&apos;s from MOTCUA_NEW_PASSWORD).</source>
        <translation>Mật khẩu của cán bộ thực hiện lấy từ MOTCUA_PASSWORD (của cán bộ mới từ MOTCUA_NEW_PASSWORD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages are in the language of --lang, else of LC_ALL, LC_MESSAGES or LANG (vi…: Vietnamese), else English.</source>
        <translation>Thông báo theo ngôn ngữ của --lang, nếu không thì của LC_ALL, LC_MESSAGES hoặc LANG (vi…: tiếng Việt), nếu không nữa thì tiếng Anh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 1 operation failed, 2 usage error, 3 authentication failed, 4 registered as incomplete (receive --supplement-slip: Form 02 written, supplement requested).</source>
        <translation>Mã thoát: 0 thành công, 1 thao tác thất bại, 2 dùng sai lệnh, 3 xác thực thất bại, 4 đã đăng ký hồ sơ chưa đủ (receive --supplement-slip: đã ghi Mẫu 02, yêu cầu bổ sung).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 needs a value</source>
        <translation>%1 cần một giá trị</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown global option %1 (global options come before the command)</source>
        <translation>tùy chọn chung không xác định %1 (tùy chọn chung đặt trước lệnh)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--lang takes vi or en, not &apos;%1&apos;</source>
        <translation>--lang nhận vi hoặc en, không nhận &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown command &apos;%1&apos; (see motcua-cli --help)</source>
        <translation>lệnh không xác định &apos;%1&apos; (xem motcua-cli --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/OfficerCommand.cpp" line="+17"/>
        <source>usage: officer add LOGIN --name &quot;...&quot; --role ROLE[,ROLE...]</source>
        <translation>cách dùng: officer add TÊN_ĐĂNG_NHẬP --name &quot;...&quot; --role VAI_TRÒ[,VAI_TRÒ...]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown role &apos;%1&apos; (roles: counter, processing, supervisor, admin)</source>
        <translation>vai trò không xác định &apos;%1&apos; (vai trò: counter, processing, supervisor, admin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no initial password: set MOTCUA_NEW_PASSWORD</source>
        <translation>chưa có mật khẩu ban đầu: hãy đặt MOTCUA_NEW_PASSWORD</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: officer revoke LOGIN</source>
        <translation>cách dùng: officer revoke TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no new password: set MOTCUA_NEW_PASSWORD</source>
        <translation>chưa có mật khẩu mới: hãy đặt MOTCUA_NEW_PASSWORD</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>usage: officer add|revoke|list|password|rekey ...</source>
        <translation>cách dùng: officer add|revoke|list|password|rekey ...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: officer password</source>
        <translation>cách dùng: officer password</translation>
    </message>
    <message>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+45"/>
        <source>receive takes no argument besides its options</source>
        <translation>receive không nhận tham số nào ngoài các tùy chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive needs --workspace DIR and --officer LOGIN</source>
        <translation>receive cần --workspace THƯ_MỤC và --officer TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive needs --procedure CODE</source>
        <translation>receive cần --procedure MÃ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive needs exactly one of --applicant-qr IMAGE and --applicant-text TEXT</source>
        <translation>receive cần đúng một trong hai: --applicant-qr ẢNH hoặc --applicant-text VĂN_BẢN</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>component %1: the signed declaration&apos;s data were read (%2 version %3)</source>
        <translation>thành phần %1: đã đọc dữ liệu của tờ khai có chữ ký (%2 phiên bản %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>component %1: the declaration&apos;s data are not used: %2 [%3]</source>
        <translation>thành phần %1: không sử dụng dữ liệu của tờ khai: %2 [%3]</translation>
    </message>
    <message>
        <location filename="../app/cli/DossierCommand.cpp" line="+90"/>
        <location filename="../app/cli/ReceiveCommand.cpp" line="-93"/>
        <source>--component takes N=FILE[,FILE...]</source>
        <translation>--component nhận N=TỆP[,TỆP...]</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+3"/>
        <source>component %1 given twice</source>
        <translation>thành phần %1 được nêu hai lần</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1, file %2</source>
        <translation>%1, tệp %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--role takes counter, processing or supervisor</source>
        <translation>--role nhận counter, processing hoặc supervisor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--days takes a number of working days (1-365)</source>
        <translation>--days nhận số ngày làm việc (1-365)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--rating takes a whole number from 1 to 5</source>
        <translation>--rating nhận một số nguyên từ 1 đến 5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the collector&apos;s ID card</source>
        <translation>thẻ căn cước của người nhận kết quả</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>dossier takes a dossier code and an action: dossier CODE show|ACTION [options]</source>
        <translation>dossier cần mã hồ sơ và một thao tác: dossier MÃ show|THAO_TÁC [tùy chọn]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dossier needs --workspace DIR and --officer LOGIN</source>
        <translation>dossier cần --workspace THƯ_MỤC và --officer TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown dossier action &apos;%1&apos;</source>
        <translation>không có thao tác hồ sơ &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs %2</source>
        <translation>%1 cần %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>form06 needs --out F.pdf</source>
        <translation>form06 cần --out F.pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+6"/>
        <source>--phone is not a Vietnamese phone number (0 or +84, then 8 to 10 digits)</source>
        <translation>--phone không phải số điện thoại Việt Nam (0 hoặc +84, rồi 8 đến 10 chữ số)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit-days takes a number of working days (1-365)</source>
        <translation>--limit-days nhận số ngày làm việc (1-365)</translation>
    </message>
    <message>
        <location filename="../app/cli/FormCommand.cpp" line="+42"/>
        <source>required field(s) left empty: %1</source>
        <translation>trường bắt buộc còn trống: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field %1</source>
        <translation>trường %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>usage: form validate FILE</source>
        <translation>cách dùng: form validate TỆP</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>form fill needs --procedure CODE</source>
        <translation>form fill cần --procedure MÃ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>form fill needs --out F.pdf</source>
        <translation>form fill cần --out F.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>form fill needs exactly one of --applicant-qr IMAGE and --applicant-text TEXT</source>
        <translation>form fill cần đúng một trong hai: --applicant-qr ẢNH hoặc --applicant-text VĂN_BẢN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>form fill with --workspace needs --officer LOGIN</source>
        <translation>form fill với --workspace cần --officer TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--field takes NAME=VALUE</source>
        <translation>--field nhận TÊN=GIÁ_TRỊ</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+18"/>
        <source>the ID card</source>
        <translation>thẻ căn cước</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>usage: form list | form validate FILE | form fill --procedure CODE (--applicant-qr IMAGE | --applicant-text TEXT) [--field NAME=VALUE]... --out F.pdf</source>
        <translation>cách dùng: form list | form validate TỆP | form fill --procedure MÃ (--applicant-qr ẢNH | --applicant-text VĂN_BẢN) [--field TÊN=GIÁ_TRỊ]... --out F.pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+3"/>
        <source>the ID card needs a look: %1</source>
        <translation>cần xem lại thẻ căn cước: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>procedure %1 has no component %2 (see: catalog show %1)</source>
        <translation>thủ tục %1 không có thành phần %2 (xem: catalog show %1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>component %1, file %2</source>
        <translation>thành phần %1, tệp %2</translation>
    </message>
    <message>
        <location filename="../app/cli/DossierCommand.cpp" line="-53"/>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+4"/>
        <source>component %1</source>
        <translation>thành phần %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReceiveCommand.cpp" line="+26"/>
        <source>incomplete dossier, missing component(s): %1</source>
        <translation>hồ sơ chưa đủ thành phần: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>registered as incomplete, Form 02 written: a supplement was requested</source>
        <translation>đã đăng ký hồ sơ chưa đủ, đã ghi Mẫu 02: đã yêu cầu bổ sung</translation>
    </message>
    <message>
        <location filename="../app/cli/ScanCommand.cpp" line="+36"/>
        <source>scan takes no positional arguments</source>
        <translation>scan không nhận tham số vị trí</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>scan needs --device NAME and --out FILE.pdf</source>
        <translation>scan cần --device TÊN và --out TỆP.pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--source must be flatbed, feeder or duplex</source>
        <translation>--source phải là flatbed, feeder hoặc duplex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--mode must be color, gray or lineart</source>
        <translation>--mode phải là color, gray hoặc lineart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dpi must be a number from 50 to 1200</source>
        <translation>--dpi phải là số từ 50 đến 1200</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pages must be a positive number (0 only with a feeder)</source>
        <translation>--pages phải là số dương (0 chỉ khi dùng khay nạp giấy)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sane-option takes NAME=VALUE</source>
        <translation>--sane-option nhận TÊN=GIÁ_TRỊ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--timeout must be a positive number of seconds</source>
        <translation>--timeout phải là số giây dương</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>page %1 scanned</source>
        <translation>đã quét trang %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown device &apos;%1&apos;</source>
        <translation>thiết bị không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no devices found</source>
        <translation>không tìm thấy thiết bị nào</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>available devices:</source>
        <translation>các thiết bị hiện có:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no pages to write</source>
        <translation>không có trang nào để ghi</translation>
    </message>
    <message>
        <location filename="../app/cli/SeparatorCommand.cpp" line="+27"/>
        <source>--label goes with --kind component only</source>
        <translation>--label chỉ dùng với --kind component</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--kind component needs --label TEXT</source>
        <translation>--kind component cần --label VĂN_BẢN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--label: </source>
        <translation>--label: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--kind must be dossier or component</source>
        <translation>--kind phải là dossier hoặc component</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write </source>
        <translation>không ghi được </translation>
    </message>
    <message>
        <location filename="../app/cli/WhoamiCommand.cpp" line="+9"/>
        <source>whoami takes no arguments</source>
        <translation>whoami không nhận tham số</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n failed login attempt(s) since the last login</source>
        <translation>
            <numerusform>%n lần đăng nhập sai kể từ lần đăng nhập trước</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/RegisterCommand.cpp" line="+25"/>
        <source>register needs --workspace DIR and --officer LOGIN</source>
        <translation>register cần --workspace THƯ_MỤC và --officer TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>register needs --from YYYY-MM-DD and --to YYYY-MM-DD, --to not before --from</source>
        <translation>register cần --from YYYY-MM-DD và --to YYYY-MM-DD, --to không trước --from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>register needs --out F.pdf or --out F.csv</source>
        <translation>register cần --out F.pdf hoặc --out F.csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+24"/>
        <source>report takes no argument besides its options</source>
        <translation>report không nhận đối số nào ngoài các tùy chọn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report needs --workspace DIR and --officer LOGIN</source>
        <translation>report cần --workspace THƯ_MỤC và --officer TÊN_ĐĂNG_NHẬP</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report needs --from YYYY-MM-DD and --to YYYY-MM-DD, --to not before --from</source>
        <translation>report cần --from YYYY-MM-DD và --to YYYY-MM-DD, --to không trước --from</translation>
    </message>
    <message>
        <location filename="../app/cli/EnrollCommand.cpp" line="+24"/>
        <source>usage: enroll --portal URL</source>
        <translation>cách dùng: enroll --portal URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enroll needs --officer LOGIN (the officer enrolling this device) before the command</source>
        <translation>enroll cần --officer TÊN_ĐĂNG_NHẬP (cán bộ đăng ký máy này) đặt trước lệnh</translation>
    </message>
    <message>
        <location filename="../app/cli/SyncCommand.cpp" line="+43"/>
        <source>usage: sync [--portal URL]</source>
        <translation>cách dùng: sync [--portal URL]</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n item(s) not accepted by the portal, %1 of them quarantined (refused on their merits)</source>
        <translation>
            <numerusform>%n mục chưa được cổng chấp nhận, trong đó %1 mục bị cách ly (bị từ chối vì nội dung)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>status takes no arguments</source>
        <translation>status không nhận tham số</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>usage: export-bundle --out FILE</source>
        <translation>cách dùng: export-bundle --out TỆP</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>usage: import-bundle FILE</source>
        <translation>cách dùng: import-bundle TỆP</translation>
    </message>
    <message>
        <location filename="../app/cli/EnrollOfficerCommand.cpp" line="+23"/>
        <source>usage: add-officer-slot [--portal URL]</source>
        <translation>cách dùng: add-officer-slot [--portal URL]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add-officer-slot needs --officer LOGIN (the officer to add) before the command</source>
        <translation>add-officer-slot cần --officer TÊN_ĐĂNG_NHẬP (cán bộ cần thêm) đặt trước lệnh</translation>
    </message>
</context>
<context>
    <name>motcua::intake::IntakeForms</name>
    <message>
        <location filename="../app/intake/IntakeForms.cpp" line="+23"/>
        <source>reused from dossier</source>
        <translation>tái sử dụng từ hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the national database</source>
        <translation>từ cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted online</source>
        <translation>nộp trực tuyến</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No fee</source>
        <translation>Không thu phí, lệ phí</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>free of charge</source>
        <translation>miễn phí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>as set by the province</source>
        <translation>theo mức do tỉnh quy định</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not provided</source>
        <translation>Chưa nộp</translation>
    </message>
</context>
<context>
    <name>motcua::lookup::DossierText</name>
    <message>
        <location filename="../app/lookup/DossierText.cpp" line="+49"/>
        <source>procedure %1</source>
        <translation>thủ tục %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>applicant %1</source>
        <translation>người nộp %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>limit %1</source>
        <translation>thời hạn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lookup code %1</source>
        <translation>mã tra cứu %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To the counter of %1</source>
        <translation>Chuyển về bộ phận một cửa %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To %1</source>
        <translation>Chuyển cho %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(for approval)</source>
        <translation>(trình phê duyệt)</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Component %1</source>
        <translation>Thành phần số %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>To the pool of unit %1</source>
        <translation>Cho nhóm chung của đơn vị %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1: %n page(s), %2</source>
        <comment>component name, pages, where they came from</comment>
        <translation>
            <numerusform>%1: %n trang, %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not registered</source>
        <translation>Chưa đăng ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newly registered</source>
        <translation>Mới đăng ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Đã tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>Không tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement required</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financial obligation required</source>
        <translation>Chờ thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Withdrawn</source>
        <translation>Đã rút hồ sơ</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+22"/>
        <source>Processing stopped</source>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Processed, result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>Result returned</source>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Received</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested at the counter</source>
        <translation>Yêu cầu bổ sung tại quầy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused at the counter</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement requested</source>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplement received</source>
        <translation>Nhận hồ sơ bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Chuyển hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appraised</source>
        <translation>Thẩm định</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Không phê duyệt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result ready</source>
        <translation>Có kết quả</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time limit extended</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component attached</source>
        <translation>Đính kèm thành phần</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted online</source>
        <translation>Nộp trực tuyến</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>scanned at the counter</source>
        <translation>quét tại quầy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from an electronic file</source>
        <translation>từ tệp điện tử</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reused from an earlier dossier</source>
        <translation>dùng lại từ hồ sơ trước</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reused from dossier %1</source>
        <translation>dùng lại từ hồ sơ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the national database</source>
        <translation>từ cơ sở dữ liệu quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted online</source>
        <translation>nộp trực tuyến</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n ngày làm việc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n giờ làm việc</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within the day</source>
        <translation>trong ngày</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next day when received after 15:00</source>
        <translation>trả ngày hôm sau nếu nhận sau 15:00</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Extended by %1</source>
        <translation>Gia hạn thêm %1</translation>
    </message>
</context>
<context>
    <name>motcua::lookup::RegistryText</name>
    <message>
        <location filename="../app/lookup/RegistryText.cpp" line="+9"/>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the portal&apos;s population registry, updated %1.</source>
        <translation>Từ sổ đăng ký dân cư của cổng, cập nhật %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The population registry does not know this ID number.</source>
        <translation>Sổ đăng ký dân cư không có số định danh này.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the cache, updated %1 (the portal cannot be reached).</source>
        <translation>Từ bộ nhớ đệm, cập nhật %1 (không kết nối được cổng).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This device has been revoked on the portal: the registry cannot be asked, and its cached answers were deleted.</source>
        <translation>Máy này đã bị thu hồi trên cổng: không tra cứu được sổ đăng ký dân cư, và các kết quả đã lưu trong bộ nhớ đệm đã bị xóa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal cannot be reached and nothing is cached for this citizen: go on with the card&apos;s QR or by typing.</source>
        <translation>Không kết nối được cổng dịch vụ công và chưa có bản lưu cho công dân này: tiếp tục với mã QR trên thẻ hoặc nhập tay.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marriage certificate</source>
        <translation>Giấy chứng nhận kết hôn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate of marital status</source>
        <translation>Giấy xác nhận tình trạng hôn nhân</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proof of lawful residence</source>
        <translation>Giấy tờ chứng minh chỗ ở hợp pháp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate of ownership</source>
        <translation>Giấy chứng nhận quyền sở hữu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Birth certificate</source>
        <translation>Giấy khai sinh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 No. %2</source>
        <translation>%1 số %2</translation>
    </message>
</context>
<context>
    <name>motcua::portal::PortalCli</name>
    <message>
        <location filename="../portal/cli/ConnectorCommands.cpp" line="+14"/>
        <location line="+25"/>
        <location filename="../portal/cli/MigrateCommand.cpp" line="+15"/>
        <location filename="../portal/cli/SeedDemoCommand.cpp" line="+16"/>
        <location filename="../portal/cli/ServeCommand.cpp" line="+35"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+25"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="+22"/>
        <location line="+39"/>
        <source>PostgreSQL URL</source>
        <translation>URL của PostgreSQL</translation>
    </message>
    <message>
        <location filename="../portal/cli/MigrateCommand.cpp" line="+4"/>
        <source>usage: motcua-portal migrate --db URL</source>
        <translation>cách dùng: motcua-portal migrate --db URL</translation>
    </message>
    <message>
        <location filename="../portal/cli/ConnectorCommands.cpp" line="-23"/>
        <source>a label for the connector</source>
        <translation>nhãn của bộ kết nối</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: motcua-portal connector-add --db URL --office CODE [--name TEXT]</source>
        <translation>cách dùng: motcua-portal connector-add --db URL --office MÃ [--name NHÃN]</translation>
    </message>
    <message>
        <location filename="../portal/cli/PortalCommand.cpp" line="+36"/>
        <location filename="../portal/cli/ServeCommand.cpp" line="+16"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+17"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="-31"/>
        <source>not a PostgreSQL URL (postgresql://user@host:port/dbname)</source>
        <translation>không phải URL của PostgreSQL (postgresql://người_dùng@máy:cổng/tên_csdl)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../portal/cli/ServeCommand.cpp" line="+37"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+21"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="+14"/>
        <source>cannot connect to %1</source>
        <translation>không kết nối được tới %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/ConnectorCommands.cpp" line="+9"/>
        <source>the connector was not added: %1</source>
        <translation>không thêm được bộ kết nối: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the connector&apos;s id</source>
        <translation>mã định danh của bộ kết nối</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: motcua-portal connector-revoke --db URL ID</source>
        <translation>cách dùng: motcua-portal connector-revoke --db URL MÃ_ĐỊNH_DANH</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no such connector</source>
        <translation>không có bộ kết nối này</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connector was not revoked: %1</source>
        <translation>không thu hồi được bộ kết nối: %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/MigrateCommand.cpp" line="+7"/>
        <source>migration failed: %1</source>
        <translation>cập nhật cấu trúc cơ sở dữ liệu thất bại: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the portal&apos;s keys: %1</source>
        <translation>không tạo được khóa của cổng: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot load the bundled catalog and calendar: %1</source>
        <translation>không nạp được danh mục thủ tục và lịch nghỉ đi kèm: %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/SeedDemoCommand.cpp" line="+1"/>
        <source>people in the registry</source>
        <translation>số người trong cơ sở dữ liệu dân cư</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: motcua-portal seed-demo --db URL [--registry-size N]</source>
        <translation>cách dùng: motcua-portal seed-demo --db URL [--registry-size N]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--registry-size needs a number from 0 to %1</source>
        <translation>--registry-size cần một số từ 0 đến %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seeding failed (did migrate run?): %1</source>
        <translation>tạo dữ liệu mẫu thất bại (đã chạy migrate chưa?): %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/ServeCommand.cpp" line="-52"/>
        <source>address and port</source>
        <translation>địa chỉ và cổng</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="-37"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="-21"/>
        <source>page folder</source>
        <translation>thư mục lưu trang tài liệu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS certificate (PEM)</source>
        <translation>chứng thư TLS (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS private key (PEM)</source>
        <translation>khóa bí mật TLS (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worker threads</source>
        <translation>số luồng xử lý</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove partial uploads untouched for this long</source>
        <translation>xóa các tệp tải lên dở dang không được động đến trong khoảng thời gian này</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>usage: motcua-portal serve --db URL --listen HOST:PORT --files DIR [--tls-cert F --tls-key F]</source>
        <translation>cách dùng: motcua-portal serve --db URL --listen MÁY:CỔNG --files THƯ_MỤC [--tls-cert TỆP --tls-key TỆP]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--listen needs HOST:PORT with a numeric address, e.g. 127.0.0.1:8080</source>
        <translation>--listen cần MÁY:CỔNG với địa chỉ dạng số, ví dụ 127.0.0.1:8080</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--workers needs a number from 1 to 256</source>
        <translation>--workers cần một số từ 1 đến 256</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--stale-uploads-after needs a number of seconds (at least 1)</source>
        <translation>--stale-uploads-after cần một số giây (ít nhất là 1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+33"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="+16"/>
        <source>cannot create the page folder</source>
        <translation>không tạo được thư mục lưu trang tài liệu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the database is not ready (run motcua-portal migrate): %1</source>
        <translation>cơ sở dữ liệu chưa sẵn sàng (hãy chạy motcua-portal migrate): %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>cannot use the TLS certificate or key</source>
        <translation>không dùng được chứng thư hoặc khóa TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot listen on %1</source>
        <translation>không mở được cổng lắng nghe %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/SyncCommands.cpp" line="-12"/>
        <source>usage: motcua-portal import-bundle --db URL --files DIR FILE</source>
        <translation>cách dùng: motcua-portal import-bundle --db URL --files THƯ_MỤC TỆP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read the bundle file</source>
        <translation>không đọc được tệp gói dữ liệu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundle file is too large</source>
        <translation>tệp gói dữ liệu quá lớn</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the database is not ready (run motcua-portal migrate)</source>
        <translation>cơ sở dữ liệu chưa sẵn sàng (hãy chạy motcua-portal migrate)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bundle refused: %1</source>
        <translation>gói dữ liệu bị từ chối: %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/ConnectorCommands.cpp" line="-37"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="-32"/>
        <location filename="../portal/cli/SyncCommands.cpp" line="+10"/>
        <source>office code</source>
        <translation>mã cơ quan</translation>
    </message>
    <message>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+1"/>
        <source>procedure code</source>
        <translation>mã thủ tục</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the applicant&apos;s facts (JSON)</source>
        <translation>thông tin người nộp (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the national portal&apos;s reference</source>
        <translation>mã tham chiếu của Cổng Dịch vụ công quốc gia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a page of component N</source>
        <translation>một trang của thành phần N</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: motcua-portal submit-online --db URL --files DIR --office CODE --procedure CODE --applicant-json FILE [--external-ref REF] [--page [N:]FILE …]</source>
        <translation>cách dùng: motcua-portal submit-online --db URL --files DIR --office CODE --procedure CODE --applicant-json FILE [--external-ref REF] [--page [N:]FILE …]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read the applicant file</source>
        <translation>không đọc được tệp thông tin người nộp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the applicant file is not a JSON object</source>
        <translation>tệp thông tin người nộp không phải là một đối tượng JSON</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read a page file</source>
        <translation>không đọc được một tệp trang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a page file is too large</source>
        <translation>một tệp trang quá lớn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a page could not be stored: %1</source>
        <translation>không lưu được một trang: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the submission was refused: %n field(s) to correct</source>
        <translation>
            <numerusform>hồ sơ nộp bị từ chối: %n trường cần sửa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal/cli/ConnectorCommands.cpp" line="+13"/>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="-5"/>
        <source>no such office: %1</source>
        <translation>không có đơn vị: %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/SubmitOnlineCommand.cpp" line="+8"/>
        <source>the submission was not registered: %1</source>
        <translation>hồ sơ nộp trực tuyến chưa được đăng ký: %1</translation>
    </message>
    <message>
        <location filename="../portal/cli/SyncCommands.cpp" line="+4"/>
        <source>usage: motcua-portal stats --db URL --office CODE</source>
        <translation>cách dùng: motcua-portal stats --db URL --office MÃ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read the statistics: %1</source>
        <translation>không đọc được số liệu thống kê: %1</translation>
    </message>
    <message>
        <location filename="../portal/main.cpp" line="+16"/>
        <source>usage: motcua-portal COMMAND [ARGS...]</source>
        <translation>cách dùng: motcua-portal LỆNH [THAM_SỐ...]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>commands:</source>
        <translation>các lệnh:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>URL is a PostgreSQL URL such as postgresql://app@127.0.0.1:5432/motcua.</source>
        <translation>URL là URL của PostgreSQL, ví dụ postgresql://app@127.0.0.1:5432/motcua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit codes: 0 success, 1 operation failed, 2 usage error.</source>
        <translation>Mã thoát: 0 thành công, 1 thao tác thất bại, 2 dùng sai lệnh.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unknown command: %1</source>
        <translation>lệnh không xác định: %1</translation>
    </message>
</context>
<context>
    <name>motcua::reporting::DossierRegister</name>
    <message>
        <location filename="../app/reporting/DossierRegister.cpp" line="+92"/>
        <source>from %1 to %2</source>
        <translation>từ ngày %1 đến ngày %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returned, late</source>
        <translation>Đã trả, quá hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned on time</source>
        <translation>Đã trả đúng hạn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result ready, late</source>
        <translation>Đã có kết quả, quá hạn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Dừng giải quyết</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Đã rút hồ sơ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting a supplement</source>
        <translation>Chờ bổ sung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being processed</source>
        <translation>Đang giải quyết</translation>
    </message>
</context>
</TS>
