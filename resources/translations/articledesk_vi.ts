<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>Định &amp;dạng</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Bài mới</translation>
    </message>
    <message>
        <source>New Article &amp;In</source>
        <translation>Bài mới theo &amp;ngôn ngữ</translation>
    </message>
    <message>
        <source>New empty article in the current article's language</source>
        <translation>Bài trống mới, cùng ngôn ngữ với bài đang mở</translation>
    </message>
    <message>
        <source>&amp;Vietnamese</source>
        <translation>Tiếng &amp;Việt</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>Tiếng &amp;Anh</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Tệp gần đây</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Xóa danh sách tệp gần đây</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Lưu với tên &amp;khác…</translation>
    </message>
    <message>
        <source>&amp;Export as Plain Text…</source>
        <translation>&amp;Xuất ra văn bản thuần…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Tì&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>Th&amp;ay thế…</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>Đậ&amp;m</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Nghiêng</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>&amp;Gạch chân</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Liên kết…</translation>
    </message>
    <message>
        <source>Make the selection a link, or remove the link</source>
        <translation>Gắn liên kết cho phần đang chọn, hoặc bỏ liên kết</translation>
    </message>
    <message>
        <source>&amp;Normal Paragraph</source>
        <translation>Đoạn &amp;thường</translation>
    </message>
    <message>
        <source>Inter&amp;title</source>
        <translation>Tiêu đề &amp;phụ</translation>
    </message>
    <message>
        <source>A heading inside the body</source>
        <translation>Tiêu đề nhỏ chia đoạn trong thân bài</translation>
    </message>
    <message>
        <source>Block &amp;Quote</source>
        <translation>Khối t&amp;rích dẫn</translation>
    </message>
    <message>
        <source>Bulleted &amp;List</source>
        <translation>&amp;Danh sách gạch đầu dòng</translation>
    </message>
    <message>
        <source>Show &amp;Fields Panel</source>
        <translation>Hiện bảng &amp;thông tin bài</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Open &amp;Sample Article</source>
        <translation>Mở bài &amp;mẫu</translation>
    </message>
    <message>
        <source>&amp;About ArticleDesk</source>
        <translation>&amp;Giới thiệu ArticleDesk</translation>
    </message>
</context>
<context>
    <name>ArticleSession</name>
    <message>
        <source>Untitled</source>
        <translation>Chưa đặt tên</translation>
    </message>
</context>
<context>
    <name>AwardsEditor</name>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>(no recipient)</source>
        <translation>(chưa có người nhận)</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Người/đơn vị nhận:</translation>
    </message>
    <message>
        <source>Recipient is:</source>
        <translation>Đối tượng:</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Tập thể</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Cá nhân</translation>
    </message>
    <message>
        <source>Award:</source>
        <translation>Hình thức khen:</translation>
    </message>
    <message>
        <source>Conferred by:</source>
        <translation>Người/cơ quan tặng:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <source>Unit or person honoured</source>
        <translation>Tập thể hoặc cá nhân được khen</translation>
    </message>
    <message>
        <source>e.g. Certificate of Merit</source>
        <translation>ví dụ: Bằng khen</translation>
    </message>
    <message>
        <source>e.g. Minister of Public Security</source>
        <translation>ví dụ: Bộ trưởng Bộ Công an</translation>
    </message>
    <message>
        <source>For what achievement</source>
        <translation>Thành tích được khen</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <source>Picture not shown here: {name}</source>
        <translation>Ảnh không hiển thị ở đây: {name}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Cannot open “{file}”: the file is empty.</source>
        <translation>Không mở được “{file}”: tệp rỗng.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: the file is cut short (truncated) and is not a complete article.</source>
        <translation>Không mở được “{file}”: tệp bị cắt cụt nên không phải một bài viết hoàn chỉnh.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: it is not an article file (invalid JSON at line {line}, column {column}).</source>
        <translation>Không mở được “{file}”: đây không phải tệp bài viết (JSON lỗi ở dòng {line}, cột {column}).</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: it is JSON but not an ArticleDesk article (no “format”: “{format}”).</source>
        <translation>Không mở được “{file}”: đây là tệp JSON nhưng không phải bài viết ArticleDesk (thiếu “format”: “{format}”).</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: its “version” is missing or not a number.</source>
        <translation>Không mở được “{file}”: thiếu “version” hoặc “version” không phải là số.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: it was written by a newer ArticleDesk (file version {version}, this program reads up to {known}); please update ArticleDesk.</source>
        <translation>Không mở được “{file}”: tệp được ghi bởi phiên bản ArticleDesk mới hơn (phiên bản tệp {version}, chương trình này chỉ đọc được đến {known}); hãy cập nhật ArticleDesk.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {problem}.</source>
        <translation>Không mở được “{file}”: {problem}.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: there is no such file.</source>
        <translation>Không mở được “{file}”: tệp không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: it is a folder, not a file.</source>
        <translation>Không mở được “{file}”: đây là thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: permission denied.</source>
        <translation>Không mở được “{file}”: không có quyền đọc tệp.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {reason}.</source>
        <translation>Không mở được “{file}”: {reason}.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: it is not UTF-8 text (bad byte at position {pos}).</source>
        <translation>Không mở được “{file}”: tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {pos}).</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: the disk is full.</source>
        <translation>Không lưu được “{file}”: ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: permission denied (the file or its folder is read-only).</source>
        <translation>Không lưu được “{file}”: không có quyền ghi (tệp hoặc thư mục chỉ cho phép đọc).</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: the folder does not exist.</source>
        <translation>Không lưu được “{file}”: thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: {reason}.</source>
        <translation>Không lưu được “{file}”: {reason}.</translation>
    </message>
    <message>
        <source>Cannot use the house-style pack “{file}”: key “{key}” {problem}.</source>
        <translation>Không dùng được bộ quy chuẩn biên tập “{file}”: khóa “{key}” {problem}.</translation>
    </message>
    <message>
        <source>Cannot use the house-style pack “{file}”: line {line}, key “{key}” {problem}.</source>
        <translation>Không dùng được bộ quy chuẩn biên tập “{file}”: dòng {line}, khóa “{key}” {problem}.</translation>
    </message>
    <message>
        <source>the article has no “id”</source>
        <translation>bài viết không có “id”</translation>
    </message>
    <message>
        <source>the language “{value}” is not supported (use “vi” or “en”)</source>
        <translation>ngôn ngữ “{value}” không được hỗ trợ (hãy dùng “vi” hoặc “en”)</translation>
    </message>
    <message>
        <source>“{path}” does not lie inside the text of its block</source>
        <translation>“{path}” nằm ngoài văn bản của khối chứa nó</translation>
    </message>
    <message>
        <source>“{path}” is “{value}”, which is not one of {choices}</source>
        <translation>“{path}” có giá trị “{value}”, không thuộc các giá trị {choices}</translation>
    </message>
    <message>
        <source>“{path}” should be a text</source>
        <translation>“{path}” phải là văn bản</translation>
    </message>
    <message>
        <source>“{path}” should be an object</source>
        <translation>“{path}” phải là một đối tượng</translation>
    </message>
    <message>
        <source>“{path}” should be {expected}</source>
        <translation>“{path}” phải là {expected}</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>số nguyên</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>danh sách</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>đối tượng</translation>
    </message>
    <message>
        <source>a text or null</source>
        <translation>văn bản hoặc null</translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation>số nguyên hoặc null</translation>
    </message>
    <message>
        <source>a list or null</source>
        <translation>danh sách hoặc null</translation>
    </message>
    <message>
        <source>an object or null</source>
        <translation>đối tượng hoặc null</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <source>&amp;Kicker:</source>
        <translation>&amp;Dòng trên tít:</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Sapo:</source>
        <translation>&amp;Sapo:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ng&amp;uồn:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>N&amp;gày:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>Tác g&amp;iả:</translation>
    </message>
    <message>
        <source>Sign-o&amp;ff:</source>
        <translation>&amp;Bút danh ký cuối:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>Dòng sự &amp;kiện:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;hẻ:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Headline and Sapo</source>
        <translation>Tiêu đề và sapo</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Nguồn tin và ngày</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Tác giả và bút danh</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Optional line above the headline</source>
        <translation>Dòng nhỏ phía trên tiêu đề (không bắt buộc)</translation>
    </message>
    <message>
        <source>The headline</source>
        <translation>Tiêu đề bài viết</translation>
    </message>
    <message>
        <source>The sapo: the bold standfirst under the headline</source>
        <translation>Sapo: đoạn mở đầu in đậm ngay dưới tiêu đề</translation>
    </message>
    <message>
        <source>Outlet or agency, e.g. ANTV</source>
        <translation>Cơ quan báo chí hoặc hãng tin, ví dụ: ANTV</translation>
    </message>
    <message>
        <source>e.g. Hà Nội</source>
        <translation>ví dụ: Hà Nội</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Không ghi ngày</translation>
    </message>
    <message>
        <source>Full names, separated by commas</source>
        <translation>Họ tên đầy đủ, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Initials printed at the end, e.g. BT</source>
        <translation>Chữ ký tắt in cuối bài, ví dụ: BT</translation>
    </message>
    <message>
        <source>Section or event stream</source>
        <translation>Chuyên mục hoặc dòng sự kiện</translation>
    </message>
    <message>
        <source>Separated by semicolons: tag one; tag two</source>
        <translation>Cách nhau bằng dấu chấm phẩy: thẻ một; thẻ hai</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Ready for the desk</source>
        <translation>Chờ biên tập duyệt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>The file holds the date “{date}”, which is not a calendar date.</source>
        <translation>Tệp ghi ngày “{date}”, đây không phải một ngày hợp lệ.</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 ký tự</translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation>{count} ký tự</translation>
    </message>
    <message>
        <source>{count} characters: over the limit of {limit}</source>
        <translation>{count} ký tự: vượt giới hạn {limit}</translation>
    </message>
    <message>
        <source>Headlines longer than {limit} characters are cut short in most listings.</source>
        <translation>Tiêu đề dài quá {limit} ký tự sẽ bị cắt ngắn ở hầu hết các trang danh sách bài.</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Opened “{name}”</source>
        <translation>Đã mở “{name}”</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>Đã lưu “{name}”</translation>
    </message>
    <message>
        <source>Exported “{name}”</source>
        <translation>Đã xuất “{name}”</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Thay tất cả</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Phân biệt hoa thường</translation>
    </message>
    <message>
        <source>Whole word</source>
        <translation>Nguyên từ</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>{count} replaced</source>
        <translation>Đã thay {count} chỗ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>1 syllable</source>
        <translation>1 chữ</translation>
    </message>
    <message>
        <source>{n} syllables</source>
        <translation>{n} chữ</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 từ</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation>{n} từ</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 ký tự</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} ký tự</translation>
    </message>
    <message>
        <source>~{n} min read</source>
        <translation>~{n} phút đọc</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Chưa có tệp nào</translation>
    </message>
    <message>
        <source>About ArticleDesk</source>
        <translation>Giới thiệu ArticleDesk</translation>
    </message>
    <message>
        <source>The new interface language will be used the next time you start ArticleDesk.</source>
        <translation>Ngôn ngữ giao diện mới sẽ được dùng từ lần mở ArticleDesk tiếp theo.</translation>
    </message>
    <message>
        <source>{app} {version}

A desktop article editor for news desks: structured fields, a rich-text body, house-style checks and exports.</source>
        <translation>{app} {version}

Trình soạn thảo bài viết cho tòa soạn: các trường thông tin có cấu trúc, thân bài có định dạng, kiểm tra quy chuẩn biên tập và xuất bài ra nhiều định dạng.</translation>
    </message>
</context>
<context>
    <name>RecordListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Xuống</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Articles (*{ext});;All files (*)</source>
        <translation>Bài viết (*{ext});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tệp văn bản (*.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Save the changes to “{name}”?</source>
        <translation>Lưu các thay đổi trong “{name}”?</translation>
    </message>
    <message>
        <source>If you don't save, your changes will be lost.</source>
        <translation>Nếu không lưu, các thay đổi sẽ bị mất.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Don't Save</source>
        <translation>&amp;Không lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Mở bài viết</translation>
    </message>
    <message>
        <source>Save Article</source>
        <translation>Lưu bài viết</translation>
    </message>
    <message>
        <source>Export as Plain Text</source>
        <translation>Xuất ra văn bản thuần</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Address of the link (leave empty to remove the link):</source>
        <translation>Địa chỉ liên kết (để trống để bỏ liên kết):</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Tệp đã bị thay đổi</translation>
    </message>
    <message>
        <source>“{name}” was changed by another program since you opened it. Overwrite it with your version?</source>
        <translation>“{name}” đã bị một chương trình khác thay đổi sau khi bạn mở. Ghi đè bằng bản của bạn?</translation>
    </message>
    <message>
        <source>ArticleDesk</source>
        <translation>ArticleDesk</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi gần đây</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <source>Quotes</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(chưa có người nói)</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Người nói:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Chức vụ:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Nội dung:</translation>
    </message>
    <message>
        <source>Direct quote</source>
        <translation>Trích dẫn trực tiếp</translation>
    </message>
    <message>
        <source>Paraphrase</source>
        <translation>Dẫn gián tiếp</translation>
    </message>
    <message>
        <source>Full name as printed</source>
        <translation>Họ tên như sẽ in trên báo</translation>
    </message>
    <message>
        <source>e.g. Director of the Fire Police Department</source>
        <translation>ví dụ: Cục trưởng Cục Cảnh sát PCCC và CNCH</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Lời phát biểu</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
</TS>
