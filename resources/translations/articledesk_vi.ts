<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>actions</name>
    <message>
        <source>Send &amp;to Colleague…</source>
        <translation>Gửi ch&amp;o bạn bè…</translation>
    </message>
    <message>
        <source>E-mail the article with a note, as Word, PDF or article file</source>
        <translation>Gửi bài qua thư điện tử kèm lời nhắn, dưới dạng Word, PDF hoặc tệp bài viết</translation>
    </message>
    <message>
        <source>Out&amp;box…</source>
        <translation>Thư &amp;chờ gửi…</translation>
    </message>
    <message>
        <source>The messages waiting to be sent</source>
        <translation>Các thư đang chờ được gửi đi (hộp thư đi)</translation>
    </message>
    <message>
        <source>&amp;Mail Account…</source>
        <translation>Tài khoản gửi thư (&amp;SMTP)…</translation>
    </message>
    <message>
        <source>The mail server messages go out through, and your From address</source>
        <translation>Máy chủ thư dùng để gửi đi, và địa chỉ người gửi của bạn</translation>
    </message>
    <message>
        <source>Article &amp;Library…</source>
        <translation>Thư &amp;viện bài viết…</translation>
    </message>
    <message>
        <source>Browse and search the desk's articles; new article from a template</source>
        <translation>Duyệt và tìm bài của ban; tạo bài mới từ mẫu</translation>
    </message>
    <message>
        <source>Recover &amp;Unsaved Work…</source>
        <translation>Khôi &amp;phục bài chưa lưu…</translation>
    </message>
    <message>
        <source>Revision &amp;History</source>
        <translation>&amp;Lịch sử phiên bản</translation>
    </message>
    <message>
        <source>Text kept automatically when ArticleDesk stopped without saving</source>
        <translation>Nội dung được tự động giữ lại khi ArticleDesk dừng mà chưa lưu</translation>
    </message>
    <message>
        <source>The versions kept at each save, compared with the current text</source>
        <translation>Các phiên bản giữ lại mỗi lần lưu, so với bản đang mở</translation>
    </message>
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
        <source>&amp;Export…</source>
        <translation>&amp;Xuất bài…</translation>
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
        <source>&amp;Fix All Safe House-Style Issues</source>
        <translation>Sửa &amp;hết lỗi quy chuẩn sửa được an toàn</translation>
    </message>
    <message>
        <source>Apply every fix that has one meaning-preserving replacement, as one undo step</source>
        <translation>Áp dụng mọi cách sửa chỉ có một phương án giữ nguyên nghĩa, gộp thành một bước hoàn tác</translation>
    </message>
    <message>
        <source>House Style &amp;Pack…</source>
        <translation>&amp;Bộ quy chuẩn tòa soạn…</translation>
    </message>
    <message>
        <source>Check articles with your desk's own pack file (TOML)</source>
        <translation>Kiểm tra bài theo tệp bộ quy chuẩn riêng của ban biên tập (TOML)</translation>
    </message>
    <message>
        <source>Built-in House St&amp;yle Pack</source>
        <translation>Bộ quy chuẩn &amp;có sẵn</translation>
    </message>
    <message>
        <source>House Style &amp;Issues</source>
        <translation>Bảng &amp;lỗi quy chuẩn</translation>
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
    <message>
        <source>Page Set&amp;up…</source>
        <translation>Th&amp;iết lập trang in…</translation>
    </message>
    <message>
        <source>Paper, margins, columns, font and masthead of the printed page</source>
        <translation>Khổ giấy, lề, số cột, phông chữ và măng-sét của trang in</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Xem trước khi in…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In bài…</translation>
    </message>
    <message>
        <source>Export as P&amp;DF…</source>
        <translation>Xuất ra P&amp;DF…</translation>
    </message>
    <message>
        <source>The printed page (“In bài”) as a PDF file</source>
        <translation>Trang in (“In bài”) dưới dạng tệp PDF</translation>
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
    <message>
        <source>Add Award</source>
        <translation>thêm khen thưởng</translation>
    </message>
    <message>
        <source>Remove Award</source>
        <translation>xóa khen thưởng</translation>
    </message>
    <message>
        <source>Move Award</source>
        <translation>chuyển khen thưởng</translation>
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
        <source>English spelling is not checked because the Enchant spelling library is not installed.</source>
        <translation>Chưa kiểm tra chính tả tiếng Anh vì máy chưa cài thư viện chính tả Enchant.</translation>
    </message>
    <message>
        <source>English spelling is not checked because the {dictionary} dictionary is not installed.</source>
        <translation>Chưa kiểm tra chính tả tiếng Anh vì máy chưa cài từ điển {dictionary}.</translation>
    </message>
    <message>
        <source>Cannot add the word to “{file}”: the pack is not valid TOML.</source>
        <translation>Không thêm được từ vào “{file}”: gói quy chuẩn không phải TOML hợp lệ.</translation>
    </message>
    <message>
        <source>Cannot add the word to “{file}”: its registry “words” is not a list.</source>
        <translation>Không thêm được từ vào “{file}”: mục “words” trong registry không phải là danh sách.</translation>
    </message>
    <message>
        <source>Cannot add the word to “{file}”: the pack's word list is written in a way ArticleDesk cannot extend; add it by hand.</source>
        <translation>Không thêm được từ vào “{file}”: danh sách từ của gói được viết theo cách ArticleDesk không tự mở rộng được; hãy thêm bằng tay.</translation>
    </message>
    <message>
        <source>Cannot add the word to “{file}”: the file does not exist.</source>
        <translation>Không thêm được từ vào “{file}”: tệp không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot add the word to “{file}”: {reason}.</source>
        <translation>Không thêm được từ vào “{file}”: {reason}.</translation>
    </message>
    <message>
        <source>Cannot add the word to “{file}”: the file is not UTF-8 text.</source>
        <translation>Không thêm được từ vào “{file}”: tệp không phải văn bản UTF-8.</translation>
    </message>
    <message>
        <source>(The text was cut to fit a mailto: link; attach the article or use Open in Mail Program for all of it.)</source>
        <translation>(Văn bản đã bị cắt cho vừa liên kết mailto:; hãy đính kèm bài viết hoặc dùng Mở bằng chương trình thư để gửi toàn bộ.)</translation>
    </message>
    <message>
        <source>“{value}” holds a line break or another control character, which a mail header may not hold.</source>
        <translation>“{value}” chứa dấu xuống dòng hoặc một ký tự điều khiển khác, mà tiêu đề thư không được phép chứa.</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address.</source>
        <translation>“{value}” không phải là một địa chỉ e-mail.</translation>
    </message>
    <message>
        <source>“{value}” cannot be the name of an attached file.</source>
        <translation>“{value}” không thể dùng làm tên tệp đính kèm.</translation>
    </message>
    <message>
        <source>“{value}” is not a message identifier.</source>
        <translation>“{value}” không phải là mã nhận dạng thư (Message-ID).</translation>
    </message>
    <message>
        <source>The message has no sender address.</source>
        <translation>Thư chưa có địa chỉ người gửi.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Thư chưa có người nhận.</translation>
    </message>
    <message>
        <source>“{file}” holds no article: the file is empty.</source>
        <translation>“{file}” không chứa bài viết nào: tệp trống.</translation>
    </message>
    <message>
        <source>“{file}” holds no article: it is not an e-mail message.</source>
        <translation>“{file}” không chứa bài viết nào: đây không phải là thư điện tử.</translation>
    </message>
    <message>
        <source>“{file}” holds no article: the message has no text.</source>
        <translation>“{file}” không chứa bài viết nào: thư không có nội dung.</translation>
    </message>
    <message>
        <source>refusing to overwrite the article “{file}” with its own export; choose another -o OUT.</source>
        <translation>không ghi đè bài “{file}” bằng chính bản xuất của nó; hãy chọn tệp khác với -o OUT.</translation>
    </message>
    <message>
        <source>--paper and --columns apply only to --to pdf, not to {format}.</source>
        <translation>--paper và --columns chỉ dùng cho --to pdf, không dùng cho {format}.</translation>
    </message>
    <message>
        <source>warning: {file}: {sentence}</source>
        <translation>cảnh báo: {file}: {sentence}</translation>
    </message>
    <message>
        <source>{file}: applied 1 safe fix; the original is kept as {backup}</source>
        <translation>{file}: đã áp dụng 1 sửa lỗi an toàn; bản gốc được giữ lại là {backup}</translation>
    </message>
    <message>
        <source>{file}: applied {n} safe fixes; the original is kept as {backup}</source>
        <translation>{file}: đã áp dụng {n} sửa lỗi an toàn; bản gốc được giữ lại là {backup}</translation>
    </message>
    <message>
        <source>{file}: nothing to fix safely</source>
        <translation>{file}: không có lỗi nào sửa tự động an toàn được</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: it holds a number longer than {digits} digits.</source>
        <translation>Không mở được “{file}”: tệp chứa một số dài hơn {digits} chữ số.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: it is not a regular file (it is a pipe, a device or a socket).</source>
        <translation>Không mở được “{file}”: đây không phải tệp thông thường (mà là đường ống, thiết bị hoặc socket).</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: it is {size} MB, more than the {limit} MB an article file may have.</source>
        <translation>Không mở được “{file}”: tệp nặng {size} MB, vượt quá giới hạn {limit} MB của một tệp bài viết.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: it nests lists and objects more than {depth} levels deep.</source>
        <translation>Không mở được “{file}”: tệp lồng danh sách và đối tượng sâu quá {depth} cấp.</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: its symbolic links form a loop.</source>
        <translation>Không mở được “{file}”: các liên kết tượng trưng của tệp tạo thành vòng lặp.</translation>
    </message>
    <message>
        <source>Cannot save into “{folder}”: another program has been saving there for too long.</source>
        <translation>Không lưu được vào “{folder}”: một chương trình khác đang lưu ở đó quá lâu.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: a folder stands where its previous version is kept (“{backup}”).</source>
        <translation>Không lưu được “{file}”: chỗ giữ bản trước của tệp (“{backup}”) đang là một thư mục.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: someone else saved it after it was read here; nothing was written.</source>
        <translation>Không lưu được “{file}”: người khác đã lưu tệp sau khi chương trình đọc nó; chưa ghi gì cả.</translation>
    </message>
    <message>
        <source>Cannot save “{file}”: the text holds a broken character (U+{code}) at position {pos}.</source>
        <translation>Không lưu được “{file}”: văn bản có một ký tự hỏng (U+{code}) ở vị trí {pos}.</translation>
    </message>
    <message>
        <source>“{file}” held broken characters (halves of UTF-16 pairs) in {where}; each was replaced by “�”.</source>
        <translation>“{file}” có ký tự hỏng (nửa cặp UTF-16) trong {where}; mỗi ký tự đã được thay bằng “�”.</translation>
    </message>
    <message>
        <source>Cannot open the saved version “{file}”: it is damaged or was removed.</source>
        <translation>Không mở được phiên bản đã lưu “{file}”: tệp bị hỏng hoặc đã bị xóa.</translation>
    </message>
    <message>
        <source>Cannot rename to “{file}”: a file with that name already exists.</source>
        <translation>Không đổi tên thành “{file}” được: đã có tệp trùng tên.</translation>
    </message>
    <message>
        <source>Cannot rename “{file}”: {reason}.</source>
        <translation>Không đổi tên “{file}” được: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a file name.</source>
        <translation>Không dùng được “{name}” làm tên tệp.</translation>
    </message>
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
        <source>The editor window needs a graphical session and none was found (no X11 or Wayland display is set): start it from the desktop, or work without a window with “articledesk check FILE…” and “articledesk export FILE --to FORMAT”.</source>
        <translation>Cửa sổ soạn bài cần một phiên làm việc đồ họa nhưng không tìm thấy (chưa đặt màn hình X11 hay Wayland nào): hãy mở từ màn hình desktop, hoặc làm việc không cần cửa sổ với “articledesk check FILE…” và “articledesk export FILE --to FORMAT”.</translation>
    </message>
    <message>
        <source>The editor window cannot start: Qt&apos;s X11 platform plugin cannot load {libraries}; install the missing packages (on Debian or Ubuntu: “apt-get install {packages}”), or work without a window with “articledesk check FILE…” and “articledesk export FILE --to FORMAT”.</source>
        <translation>Cửa sổ soạn bài không khởi động được: trình cắm nền tảng X11 của Qt không nạp được {libraries}; hãy cài các gói còn thiếu (trên Debian hay Ubuntu: “apt-get install {packages}”), hoặc làm việc không cần cửa sổ với “articledesk check FILE…” và “articledesk export FILE --to FORMAT”.</translation>
    </message>
    <message>
        <source>The editor window cannot start: the X11 display “{display}” (DISPLAY) cannot be reached; start it from the desktop, or work without a window with “articledesk check FILE…” and “articledesk export FILE --to FORMAT”.</source>
        <translation>Cửa sổ soạn bài không khởi động được: không kết nối được tới màn hình X11 “{display}” (DISPLAY); hãy mở từ màn hình desktop, hoặc làm việc không cần cửa sổ với “articledesk check FILE…” và “articledesk export FILE --to FORMAT”.</translation>
    </message>
    <message>
        <source>There is no house-style pack “{file}”: use a built-in pack ({builtin}), a desk&apos;s pack saved as NAME.toml in the desk pack folder “{folder}”, or the path of a pack file.</source>
        <translation>Không có bộ quy chuẩn biên tập “{file}”: hãy dùng một bộ có sẵn ({builtin}), bộ riêng của ban biên tập lưu thành TÊN.toml trong thư mục bộ quy chuẩn của ban “{folder}”, hoặc đường dẫn tới một tệp bộ quy chuẩn.</translation>
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
    <message>
        <source>Kicker</source>
        <translation>Dòng trên tít</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Bút danh ký cuối</translation>
    </message>
    <message>
        <source>Body ¶{n}</source>
        <translation>Thân bài ¶{n}</translation>
    </message>
    <message>
        <source>Caption ¶{n}</source>
        <translation>Chú thích ảnh ¶{n}</translation>
    </message>
    <message>
        <source>Author {n}</source>
        <translation>Tác giả {n}</translation>
    </message>
    <message>
        <source>Quote {n}, speaker</source>
        <translation>Trích dẫn {n}, người nói</translation>
    </message>
    <message>
        <source>Quote {n}, role</source>
        <translation>Trích dẫn {n}, chức vụ</translation>
    </message>
    <message>
        <source>Quote {n}</source>
        <translation>Trích dẫn {n}</translation>
    </message>
    <message>
        <source>Award {n}, recipient</source>
        <translation>Khen thưởng {n}, người/đơn vị nhận</translation>
    </message>
    <message>
        <source>Award {n}, award</source>
        <translation>Khen thưởng {n}, hình thức</translation>
    </message>
    <message>
        <source>Award {n}, conferred by</source>
        <translation>Khen thưởng {n}, người/cơ quan tặng</translation>
    </message>
    <message>
        <source>Award {n}, reason</source>
        <translation>Khen thưởng {n}, lý do</translation>
    </message>
    <message>
        <source>--attach takes {kinds}, not “{kind}”.</source>
        <translation>--attach nhận {kinds}, không nhận “{kind}”.</translation>
    </message>
    <message>
        <source>1 message is still waiting in the outbox.</source>
        <translation>Còn 1 thư đang chờ trong hộp thư đi.</translation>
    </message>
    <message>
        <source>An unencrypted connection is allowed only to this computer (127.0.0.1, ::1, localhost), not to {host}; use smtp+starttls:// or smtps://.</source>
        <translation>Kết nối không mã hóa chỉ được phép tới chính máy này (127.0.0.1, ::1, localhost), không được tới {host}; hãy dùng smtp+starttls:// hoặc smtps://.</translation>
    </message>
    <message>
        <source>An unencrypted connection takes no user name, so that no password travels in the clear; use smtp+starttls:// or smtps:// to log in.</source>
        <translation>Kết nối không mã hóa không nhận tên đăng nhập, để mật khẩu không bao giờ đi ở dạng rõ; hãy dùng smtp+starttls:// hoặc smtps:// để đăng nhập.</translation>
    </message>
    <message>
        <source>Cannot find the mail server {host}: the name does not resolve (check the name and the network).</source>
        <translation>Không tìm thấy máy chủ thư {host}: không phân giải được tên này (hãy kiểm tra tên và kết nối mạng).</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {host}:{port}: it did not answer within {seconds} seconds.</source>
        <translation>Không kết nối được máy chủ thư {host}:{port}: máy chủ không trả lời trong {seconds} giây.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {host}:{port}: the connection was refused.</source>
        <translation>Không kết nối được máy chủ thư {host}:{port}: kết nối bị từ chối.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server {host}:{port}: {reason}.</source>
        <translation>Không kết nối được máy chủ thư {host}:{port}: {reason}.</translation>
    </message>
    <message>
        <source>It waits in the outbox for the next try.</source>
        <translation>Thư vẫn chờ trong hộp thư đi đến lần thử sau.</translation>
    </message>
    <message>
        <source>The mail account names no server.</source>
        <translation>Tài khoản thư chưa có tên máy chủ.</translation>
    </message>
    <message>
        <source>No mail server is set up: choose File › Mail Account….</source>
        <translation>Chưa thiết lập máy chủ thư: hãy chọn Tệp › Tài khoản gửi thư (SMTP)….</translation>
    </message>
    <message>
        <source>No mail server is set up: give --smtp URL, or set one up in the Mail settings.</source>
        <translation>Chưa thiết lập máy chủ thư: hãy dùng --smtp URL, hoặc thiết lập trong Cài đặt thư.</translation>
    </message>
    <message>
        <source>No message waiting in the outbox has the id “{id}” (“articledesk outbox” lists them).</source>
        <translation>Không có thư nào trong hộp thư đi mang mã “{id}” (lệnh “articledesk outbox” liệt kê các thư).</translation>
    </message>
    <message>
        <source>Password of {user} at {host}: </source>
        <translation>Mật khẩu của {user} trên {host}: </translation>
    </message>
    <message>
        <source>Sent to {recipients}.</source>
        <translation>Đã gửi tới {recipients}.</translation>
    </message>
    <message>
        <source>Sent “{subject}” to {recipients}; Message-ID {message_id}.</source>
        <translation>Đã gửi “{subject}” tới {recipients}; Message-ID {message_id}.</translation>
    </message>
    <message>
        <source>The CA certificate file “{file}” cannot be read: {reason}.</source>
        <translation>Không đọc được tệp chứng chỉ CA “{file}”: {reason}.</translation>
    </message>
    <message>
        <source>The CA certificate file “{file}” does not exist.</source>
        <translation>Tệp chứng chỉ CA “{file}” không tồn tại.</translation>
    </message>
    <message>
        <source>The encrypted connection to the mail server {host}:{port} failed ({reason}); check the port and its security setting.</source>
        <translation>Kết nối mã hóa tới máy chủ thư {host}:{port} thất bại ({reason}); hãy kiểm tra cổng và kiểu bảo mật của cổng.</translation>
    </message>
    <message>
        <source>The mail account {user} at {host} needs a password: set ARTICLEDESK_SMTP_PASSWORD, or keep it in the system keychain from the window.</source>
        <translation>Tài khoản thư {user} trên {host} cần mật khẩu: hãy đặt ARTICLEDESK_SMTP_PASSWORD, hoặc lưu mật khẩu vào kho khóa của hệ thống từ cửa sổ chương trình.</translation>
    </message>
    <message>
        <source>The mail security setting “{security}” is not one of starttls, tls or none.</source>
        <translation>Kiểu bảo mật thư “{security}” không phải starttls, tls hay none.</translation>
    </message>
    <message>
        <source>The mail server {host} answered {code} {reason}.</source>
        <translation>Máy chủ thư {host} trả lời {code} {reason}.</translation>
    </message>
    <message>
        <source>The mail server {host} cannot carry the address {address}, which has letters outside plain ASCII.</source>
        <translation>Máy chủ thư {host} không chuyển được địa chỉ {address} vì địa chỉ có chữ ngoài bảng ASCII.</translation>
    </message>
    <message>
        <source>The mail server {host} closed the connection unexpectedly.</source>
        <translation>Máy chủ thư {host} đột ngột đóng kết nối.</translation>
    </message>
    <message>
        <source>The mail server {host} does not offer STARTTLS, so the password and the message would travel unencrypted; nothing was sent.</source>
        <translation>Máy chủ thư {host} không hỗ trợ STARTTLS nên mật khẩu và thư sẽ đi mà không được mã hóa; chưa gửi gì cả.</translation>
    </message>
    <message>
        <source>The mail server {host} offers no login on this connection; check the server and its security setting.</source>
        <translation>Máy chủ thư {host} không cho đăng nhập trên kết nối này; hãy kiểm tra máy chủ và kiểu bảo mật.</translation>
    </message>
    <message>
        <source>The mail server {host} offers no login that can carry this user name or password ({reason}).</source>
        <translation>Máy chủ thư {host} không có cách đăng nhập nào chuyển được tên đăng nhập hoặc mật khẩu này ({reason}).</translation>
    </message>
    <message>
        <source>The mail server {host} refused mail on an unencrypted or anonymous connection ({code} {reason}).</source>
        <translation>Máy chủ thư {host} từ chối nhận thư qua kết nối không mã hóa hoặc chưa đăng nhập ({code} {reason}).</translation>
    </message>
    <message>
        <source>The mail server {host} refused the message: {code} {reason}.</source>
        <translation>Máy chủ thư {host} từ chối thư: {code} {reason}.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the recipient {address}: {code} {reason}.</source>
        <translation>Máy chủ thư {host} từ chối người nhận {address}: {code} {reason}.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the sender address {address}: {code} {reason}.</source>
        <translation>Máy chủ thư {host} từ chối địa chỉ người gửi {address}: {code} {reason}.</translation>
    </message>
    <message>
        <source>The mail server {host} refused the user name or password of “{user}” ({code} {reason}).</source>
        <translation>Máy chủ thư {host} từ chối tên đăng nhập hoặc mật khẩu của “{user}” ({code} {reason}).</translation>
    </message>
    <message>
        <source>The mail server {host} shows a certificate that cannot be trusted ({reason}); nothing was sent.</source>
        <translation>Máy chủ thư {host} đưa ra chứng chỉ không đáng tin cậy ({reason}); chưa gửi gì cả.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not made out to {host} ({reason}); nothing was sent.</source>
        <translation>Chứng chỉ của máy chủ thư không được cấp cho {host} ({reason}); chưa gửi gì cả.</translation>
    </message>
    <message>
        <source>The mail server&apos;s port {port} is not a number from 1 to 65535.</source>
        <translation>Cổng {port} của máy chủ thư không phải là số từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>The message has no sender address: give --from ADDRESS, or set the From address in the Mail settings.</source>
        <translation>Thư chưa có địa chỉ người gửi: hãy dùng --from ADDRESS, hoặc đặt địa chỉ người gửi trong Cài đặt thư.</translation>
    </message>
    <message>
        <source>The message waits in the outbox and is sent when the server can be reached.</source>
        <translation>Thư được giữ trong hộp thư đi và sẽ được gửi khi kết nối được máy chủ.</translation>
    </message>
    <message>
        <source>The message waits in the outbox.</source>
        <translation>Thư đang chờ trong hộp thư đi.</translation>
    </message>
    <message>
        <source>The message waits in the outbox; “articledesk outbox --flush” sends it.</source>
        <translation>Thư được giữ trong hộp thư đi; lệnh “articledesk outbox --flush” sẽ gửi thư.</translation>
    </message>
    <message>
        <source>The message was not sent; it stays in the outbox as failed (“articledesk outbox --delete {id}” removes it).</source>
        <translation>Thư chưa được gửi; thư nằm lại trong hộp thư đi ở trạng thái thất bại (lệnh “articledesk outbox --delete {id}” sẽ xóa thư).</translation>
    </message>
    <message>
        <source>The message was not sent; it stays in the outbox as failed.</source>
        <translation>Thư chưa được gửi; thư nằm lại trong hộp thư đi ở trạng thái thất bại.</translation>
    </message>
    <message>
        <source>The message was saved as “{file}”.</source>
        <translation>Đã lưu thư thành “{file}”.</translation>
    </message>
    <message>
        <source>The messages in the outbox wait for the password of {user} at {host}.</source>
        <translation>Các thư trong hộp thư đi đang chờ mật khẩu của {user} trên {host}.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Hộp thư đi trống.</translation>
    </message>
    <message>
        <source>The port in “{url}” is not a number from 1 to 65535.</source>
        <translation>Cổng trong “{url}” không phải là số từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>The server refused {address}: {reason}.</source>
        <translation>Máy chủ từ chối {address}: {reason}.</translation>
    </message>
    <message>
        <source>{n} messages are still waiting in the outbox.</source>
        <translation>Còn {n} thư đang chờ trong hộp thư đi.</translation>
    </message>
    <message>
        <source>“{subject}” is being sent by another ArticleDesk right now.</source>
        <translation>“{subject}” đang được một ArticleDesk khác gửi đi.</translation>
    </message>
    <message>
        <source>“{url}” holds a password; give it in ARTICLEDESK_SMTP_PASSWORD or the system keychain, never on the command line.</source>
        <translation>“{url}” chứa mật khẩu; hãy đưa mật khẩu qua ARTICLEDESK_SMTP_PASSWORD hoặc kho khóa của hệ thống, không bao giờ trên dòng lệnh.</translation>
    </message>
    <message>
        <source>“{url}” is not a mail server address; write smtp+starttls://USER@HOST:587, smtps://USER@HOST:465 or smtp://127.0.0.1:PORT.</source>
        <translation>“{url}” không phải địa chỉ máy chủ thư; hãy viết smtp+starttls://USER@HOST:587, smtps://USER@HOST:465 hoặc smtp://127.0.0.1:PORT.</translation>
    </message>
    <message>
        <source>The outbox “{folder}” cannot be written: {reason}.</source>
        <translation>Không ghi được vào hộp thư đi “{folder}”: {reason}.</translation>
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
        <source>&amp;Standfirst:</source>
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
        <source>Headline and Standfirst</source>
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
        <source>The standfirst: the bold paragraph under the headline</source>
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
        <source>Whole words</source>
        <translation>Nguyên từ</translation>
    </message>
    <message>
        <source>Ignore accents</source>
        <translation>Bỏ qua dấu</translation>
    </message>
    <message>
        <source>“tong ket” finds “tổng kết”</source>
        <translation>“tong ket” tìm được “tổng kết”</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Kết quả tìm</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
    <message>
        <source>{index} of {count}</source>
        <translation>{index} trên {count}</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Thay tất cả</translation>
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
        <source>Articles and e-mails (*{ext} *{mail});;Articles (*{ext});;E-mail messages (*{mail});;All files (*)</source>
        <translation>Bài viết và thư điện tử (*{ext} *{mail});;Bài viết (*{ext});;Thư điện tử (*{mail});;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Giữ bản của tôi</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Lấy bản trên đĩa</translation>
    </message>
    <message>
        <source>Keep your version (the other one is kept in the revision history), take the version on disk (yours is kept in the history), or save yours as a separate copy?</source>
        <translation>Giữ bản của bạn (bản kia được lưu trong lịch sử phiên bản), lấy bản trên đĩa (bản của bạn được lưu trong lịch sử), hay lưu bản của bạn thành một bản sao riêng?</translation>
    </message>
    <message>
        <source>Save Mine as a &amp;Copy…</source>
        <translation>Lưu bản của tôi thành bản &amp;sao…</translation>
    </message>
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
        <source>“{name}” was changed by another program since you opened it.</source>
        <translation>“{name}” đã bị một chương trình khác thay đổi sau khi bạn mở.</translation>
    </message>
    <message>
        <source>ArticleDesk</source>
        <translation>ArticleDesk</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” đang được bảo vệ chống ghi.
Bạn vẫn muốn xóa?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Bạn có chắc muốn xóa “%1”?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang dạng danh sách</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách nơi lưu và dấu trang</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
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
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kiểu</translation>
    </message>
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
    <message>
        <source>Add Quote</source>
        <translation>thêm trích dẫn</translation>
    </message>
    <message>
        <source>Remove Quote</source>
        <translation>xóa trích dẫn</translation>
    </message>
    <message>
        <source>Move Quote</source>
        <translation>chuyển trích dẫn</translation>
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
<context>
    <name>PrintCommands</name>
    <message>
        <source>Cannot print: {error}</source>
        <translation>Không in được: {error}</translation>
    </message>
    <message>
        <source>Print Preview – {name}</source>
        <translation>Xem trước khi in – {name}</translation>
    </message>
    <message>
        <source>Layout…</source>
        <translation>Trình bày…</translation>
    </message>
    <message>
        <source>Margins, columns, font and masthead of the printed page</source>
        <translation>Lề, số cột, phông chữ và măng-sét của trang in</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Tài liệu PDF (*.pdf);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Exported “{name}”</source>
        <translation>Đã xuất “{name}”</translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang in</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Khổ giấy:</translation>
    </message>
    <message>
        <source>One column</source>
        <translation>Một cột</translation>
    </message>
    <message>
        <source>Two columns</source>
        <translation>Hai cột</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Trình bày:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Trên</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Dưới</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Trái</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Phải</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Lề:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Chữ</translation>
    </message>
    <message>
        <source>Automatic ({family})</source>
        <translation>Tự động ({family})</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <source>{family} (lacks Vietnamese letters)</source>
        <translation>{family} (thiếu chữ tiếng Việt)</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Phông chữ:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Cỡ chữ:</translation>
    </message>
    <message>
        <source>Distance from one line to the next, as a multiple of the font size</source>
        <translation>Khoảng cách giữa hai dòng, tính theo bội số của cỡ chữ</translation>
    </message>
    <message>
        <source>Line &amp;spacing:</source>
        <translation>&amp;Giãn dòng:</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Thứ Ba (viết bằng chữ)</translation>
    </message>
    <message>
        <source>In figures</source>
        <translation>Thứ 3 (viết bằng số)</translation>
    </message>
    <message>
        <source>How the date line of a Vietnamese article writes the weekday</source>
        <translation>Cách dòng ngày tháng của bài tiếng Việt viết thứ trong tuần</translation>
    </message>
    <message>
        <source>&amp;Weekdays:</source>
        <translation>&amp;Ngày trong tuần:</translation>
    </message>
    <message>
        <source>Desk profile</source>
        <translation>Hồ sơ tòa soạn</translation>
    </message>
    <message>
        <source>Outlet name; empty = the article's source</source>
        <translation>Tên cơ quan báo chí; để trống = nguồn của bài</translation>
    </message>
    <message>
        <source>&amp;Masthead:</source>
        <translation>&amp;Măng-sét:</translation>
    </message>
    <message>
        <source>Printed in the footer; empty = the article's source</source>
        <translation>In ở chân trang; để trống = nguồn của bài</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Trang web:</translation>
    </message>
    <message>
        <source>No installed font has every Vietnamese letter: install Noto Serif or DejaVu Serif.</source>
        <translation>Không có phông chữ nào đã cài đủ mọi chữ tiếng Việt: hãy cài Noto Serif hoặc DejaVu Serif.</translation>
    </message>
    <message>
        <source>This font lacks some Vietnamese letters; they may print as boxes.</source>
        <translation>Phông chữ này thiếu một số chữ tiếng Việt; các chữ đó có thể in ra thành ô vuông.</translation>
    </message>
    <message>
        <source>On the page</source>
        <translation>Trên trang in</translation>
    </message>
    <message>
        <source>Mark a &amp;draft in every page header</source>
        <translation>Đánh dấu &amp;bản nháp ở đầu mỗi trang</translation>
    </message>
    <message>
        <source>Draft mark</source>
        <translation>Dấu bản nháp</translation>
    </message>
    <message>
        <source>“BẢN NHÁP” (English articles: “DRAFT”) beside the date, while the article's status is draft</source>
        <translation>“BẢN NHÁP” (bài tiếng Anh: “DRAFT”) cạnh ngày in, khi bài còn ở trạng thái bản nháp</translation>
    </message>
    <message>
        <source>Shortened &amp;headline in the header from page 2</source>
        <translation>Tít &amp;rút gọn ở đầu trang, từ trang 2</translation>
    </message>
    <message>
        <source>Running headline</source>
        <translation>Tít ở đầu trang</translation>
    </message>
    <message>
        <source>Later pages name the outlet and the article</source>
        <translation>Các trang sau ghi tên cơ quan báo chí và tên bài</translation>
    </message>
    <message>
        <source>Article le&amp;ngth in the footer</source>
        <translation>Độ &amp;dài bài ở chân trang</translation>
    </message>
    <message>
        <source>Length in the footer</source>
        <translation>Độ dài ở chân trang</translation>
    </message>
    <message>
        <source>Counted as the status bar counts: syllables (chữ) for Vietnamese, words for English</source>
        <translation>Đếm như thanh trạng thái: số chữ (âm tiết) với bài tiếng Việt, số từ với bài tiếng Anh</translation>
    </message>
    <message>
        <source>T&amp;opic slug in the footer</source>
        <translation>Chuyên mục dạng &amp;slug ở chân trang</translation>
    </message>
    <message>
        <source>Topic slug in the footer</source>
        <translation>Chuyên mục ở chân trang</translation>
    </message>
    <message>
        <source>The article's topic without accents, words joined by hyphens</source>
        <translation>Chuyên mục của bài viết không dấu, các từ nối bằng gạch ngang</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Printed 1 page</source>
        <translation>Đã in 1 trang</translation>
    </message>
    <message>
        <source>Printed {n} pages</source>
        <translation>Đã in {n} trang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Could not export “{name}”: {error}</source>
        <translation>Không xuất được “{name}”: {error}</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Đã hủy xuất bài; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất bài</translation>
    </message>
    <message>
        <source>Exported “{name}”</source>
        <translation>Đã xuất “{name}”</translation>
    </message>
    <message>
        <source>Exporting “{name}”…</source>
        <translation>Đang xuất “{name}”…</translation>
    </message>
    <message>
        <source>House-Style Errors</source>
        <translation>Lỗi theo quy chuẩn biên tập</translation>
    </message>
    <message>
        <source>The house-style checker found {n} error(s) in this article. Export anyway?</source>
        <translation>Bộ kiểm tra quy chuẩn biên tập phát hiện {n} lỗi trong bài. Vẫn xuất bài?</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Vẫn xuất bài?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In bài</translation>
    </message>
    <message>
        <source>Printing “{name}”…</source>
        <translation>Đang in “{name}”…</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>The house-style checker found 1 error in this article.</source>
        <translation>Bộ kiểm tra quy chuẩn biên tập phát hiện 1 lỗi trong bài.</translation>
    </message>
    <message>
        <source>The house-style checker found {n} errors in this article.</source>
        <translation>Bộ kiểm tra quy chuẩn biên tập phát hiện {n} lỗi trong bài.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>ổ đĩa đã đầy.</translation>
    </message>
    <message>
        <source>permission denied (the file or its folder is read-only).</source>
        <translation>không có quyền ghi (tệp hoặc thư mục chứa nó chỉ cho phép đọc).</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>thư mục không tồn tại.</translation>
    </message>
    <message>
        <source>that is a folder, not a file.</source>
        <translation>đó là một thư mục, không phải tệp.</translation>
    </message>
    <message>
        <source>Cannot print: {reason}</source>
        <translation>Không in được: {reason}</translation>
    </message>
    <message>
        <source>Could not export “{file}”: {reason}</source>
        <translation>Không xuất được “{file}”: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is already in that folder and is not a picture of an earlier export of this file; move it away or choose another name</source>
        <translation>“{name}” đã có trong thư mục đó và không phải ảnh của lần xuất trước của tệp này; hãy chuyển nó đi chỗ khác hoặc chọn tên khác</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>Định &amp;dạng:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Lưu vào:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Xuất bài viết</translation>
    </message>
    <message>
        <source>E-mail draft (.eml) for a mail program</source>
        <translation>Thư nháp (.eml) cho chương trình thư</translation>
    </message>
    <message>
        <source>NITF XML for agencies and CMS</source>
        <translation>NITF XML cho hãng tin và hệ thống CMS</translation>
    </message>
    <message>
        <source>Open the folder when done</source>
        <translation>Mở thư mục khi xong</translation>
    </message>
    <message>
        <source>PDF for printing</source>
        <translation>PDF để in</translation>
    </message>
    <message>
        <source>Plain text (wire story)</source>
        <translation>Văn bản thuần (bản tin)</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Trang web (HTML)</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Tài liệu Word (DOCX)</translation>
    </message>
    <message>
        <source>{label} (*{ext});;All files (*)</source>
        <translation>{label} (*{ext});;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>CheckCommands</name>
    <message>
        <source>Fixed 1 issue. Undo puts it back.</source>
        <translation>Đã sửa 1 lỗi. Hoàn tác để trả lại như cũ.</translation>
    </message>
    <message>
        <source>Fixed {n} issues. One undo puts them all back.</source>
        <translation>Đã sửa {n} lỗi. Một lần hoàn tác sẽ trả lại tất cả.</translation>
    </message>
    <message>
        <source>House Style Pack</source>
        <translation>Bộ quy chuẩn tòa soạn</translation>
    </message>
    <message>
        <source>House-style packs (*.toml);;All files (*)</source>
        <translation>Bộ quy chuẩn tòa soạn (*.toml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Nothing to fix safely.</source>
        <translation>Không có lỗi nào sửa tự động an toàn được.</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <source>English</source>
        <translation>tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>tiếng Việt</translation>
    </message>
    <message>
        <source>The house-style check stopped on an internal error; editing goes on as usual.</source>
        <translation>Việc kiểm tra quy chuẩn dừng lại vì một lỗi bên trong; bạn vẫn soạn bài bình thường.</translation>
    </message>
    <message>
        <source>The house-style pack “{file}” cannot be used.</source>
        <translation>Không dùng được bộ quy chuẩn “{file}”.</translation>
    </message>
    <message>
        <source>There is no house-style pack for {language} articles yet, so they are not checked.</source>
        <translation>Chưa có bộ quy chuẩn cho bài {language} nên bài này không được kiểm tra.</translation>
    </message>
</context>
<context>
    <name>CheckMenu</name>
    <message>
        <source>Add to Desk Dictionary</source>
        <translation>Thêm vào từ điển tòa soạn</translation>
    </message>
    <message>
        <source>Delete “{text}”</source>
        <translation>Xóa “{text}”</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Suggestion:</source>
        <translation>Gợi ý:</translation>
    </message>
    <message>
        <source>Suggestions:</source>
        <translation>Các gợi ý:</translation>
    </message>
    <message>
        <source>Ignore Once</source>
        <translation>Bỏ qua lần này</translation>
    </message>
    <message>
        <source>Ignore This Word in This Article</source>
        <translation>Bỏ qua từ này trong cả bài</translation>
    </message>
</context>
<context>
    <name>CheckerUi</name>
    <message>
        <source>“{word}” is in the desk dictionary now.</source>
        <translation>Đã thêm “{word}” vào từ điển tòa soạn.</translation>
    </message>
    <message>
        <source>House style: {pack}. Click to see the issues.</source>
        <translation>Quy chuẩn tòa soạn: {pack}. Bấm để xem danh sách lỗi.</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 lỗi</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} lỗi</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 cảnh báo</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} cảnh báo</translation>
    </message>
    <message>
        <source>1 suggestion</source>
        <translation>1 gợi ý</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} gợi ý</translation>
    </message>
    <message>
        <source>Checking house style…</source>
        <translation>Đang kiểm tra quy chuẩn…</translation>
    </message>
    <message>
        <source>House style not checked</source>
        <translation>Chưa kiểm tra quy chuẩn</translation>
    </message>
    <message>
        <source>House style: click to see the issues</source>
        <translation>Quy chuẩn tòa soạn: bấm để xem danh sách lỗi</translation>
    </message>
    <message>
        <source>House-style pack “{file}” in use</source>
        <translation>Đang dùng bộ quy chuẩn “{file}”</translation>
    </message>
    <message>
        <source>No house-style issues</source>
        <translation>Không có lỗi quy chuẩn</translation>
    </message>
    <message>
        <source>Fix All Safe</source>
        <translation>sửa hết lỗi an toàn</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>House Style Issues</source>
        <translation>Lỗi quy chuẩn tòa soạn</translation>
    </message>
    <message>
        <source>Fix All Safe</source>
        <translation>Sửa hết lỗi an toàn</translation>
    </message>
    <message>
        <source>Apply every fix that has one meaning-preserving replacement (one undo step)</source>
        <translation>Áp dụng mọi cách sửa chỉ có một phương án giữ nguyên nghĩa (một bước hoàn tác)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Chữ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Errors ({n})</source>
        <translation>Lỗi ({n})</translation>
    </message>
    <message>
        <source>Warnings ({n})</source>
        <translation>Cảnh báo ({n})</translation>
    </message>
    <message>
        <source>Suggestions ({n})</source>
        <translation>Gợi ý ({n})</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>[… 1 unchanged paragraph …]</source>
        <translation>[… 1 đoạn không thay đổi …]</translation>
    </message>
    <message>
        <source>[… {n} unchanged paragraphs …]</source>
        <translation>[… {n} đoạn không thay đổi …]</translation>
    </message>
    <message>
        <source>(+{added} / −{removed} words)</source>
        <translation>(+{added} / −{removed} chữ)</translation>
    </message>
    <message>
        <source>+{added} / −{removed} words</source>
        <translation>+{added} / −{removed} chữ</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Khen thưởng</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Thân bài</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>Dòng trên tít</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Không có khác biệt.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Trích dẫn</translation>
    </message>
    <message>
        <source>Ready for the desk</source>
        <translation>Chờ biên tập duyệt</translation>
    </message>
    <message>
        <source>Same words; formatting or paragraph types differ.</source>
        <translation>Chữ giống nhau; chỉ khác định dạng hoặc kiểu đoạn.</translation>
    </message>
    <message>
        <source>Standfirst</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Bút danh ký cuối</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Dòng sự kiện</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>&amp;Khôi phục phiên bản này</translation>
    </message>
    <message>
        <source>&amp;Undo Restore</source>
        <translation>&amp;Hoàn tác khôi phục</translation>
    </message>
    <message>
        <source>From this version to the text in the window: green was added since, red was removed. Changed: {fields}.</source>
        <translation>Từ phiên bản này đến bản đang mở: phần xanh là phần đã thêm, phần đỏ là phần đã xóa. Thay đổi ở: {fields}.</translation>
    </message>
    <message>
        <source>No saved versions yet. A version is kept every time you save.</source>
        <translation>Chưa có phiên bản nào. Mỗi lần lưu, một phiên bản được giữ lại.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Thời điểm lưu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Số chữ</translation>
    </message>
    <message>
        <source>This version is the same as the text in the window.</source>
        <translation>Phiên bản này giống hệt bản đang mở.</translation>
    </message>
    <message>
        <source>Your text just before an earlier version was restored.</source>
        <translation>Bản của bạn ngay trước khi khôi phục một phiên bản cũ.</translation>
    </message>
    <message>
        <source>Your text, replaced by the version another program saved.</source>
        <translation>Bản của bạn, đã được thay bằng bản do chương trình khác lưu.</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>New article from the template “{name}”.</source>
        <translation>Bài mới từ mẫu “{name}”.</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <source>(no headline) {name}</source>
        <translation>(chưa có tiêu đề) {name}</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Bút danh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Dòng sự kiện</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Số chữ</translation>
    </message>
    <message>
        <source>{name} (cannot be read)</source>
        <translation>{name} (không đọc được)</translation>
    </message>
    <message>
        <source>Recent elsewhere</source>
        <translation>Gần đây, ngoài thư viện</translation>
    </message>
    <message>
        <source>Articles you opened or saved recently outside the library folders</source>
        <translation>Các bài bạn mở hoặc lưu gần đây ở ngoài các thư mục của thư viện</translation>
    </message>
</context>
<context>
    <name>ElsewhereBar</name>
    <message>
        <source>Add this folder</source>
        <translation>Thêm thư mục này</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ẩn thông báo này</translation>
    </message>
    <message>
        <source>“{name}” is saved in {folder}, outside the library.</source>
        <translation>“{name}” được lưu trong {folder}, ngoài thư viện.</translation>
    </message>
</context>
<context>
    <name>LibraryWindow</name>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Thư mục</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Bài mới</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Mọi dòng sự kiện</translation>
    </message>
    <message>
        <source>Article Library</source>
        <translation>Thư viện bài viết</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Nhân bản</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bản nháp</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Chuyển vào thùng &amp;rác</translation>
    </message>
    <message>
        <source>New file name:</source>
        <translation>Tên tệp mới:</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Đổ&amp;i tên…</translation>
    </message>
    <message>
        <source>Ready for the desk</source>
        <translation>Chờ biên tập duyệt</translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation>Đổi tên bài viết</translation>
    </message>
    <message>
        <source>Search headline, standfirst and body (accents optional)</source>
        <translation>Tìm trong tiêu đề, sapo và thân bài (gõ có dấu hay không dấu đều được)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>looking for changes…</source>
        <translation>đang cập nhật…</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (bản sao)</translation>
    </message>
    <message>
        <source>{n} cannot be read</source>
        <translation>{n} tệp không đọc được</translation>
    </message>
    <message>
        <source>{shown} of {total} articles</source>
        <translation>{shown}/{total} bài</translation>
    </message>
    <message>
        <source>“{name}” could not be moved to the trash.</source>
        <translation>Không chuyển được “{name}” vào thùng rác.</translation>
    </message>
    <message>
        <source>“{name}” is open in the editor; close it before moving it to the trash.</source>
        <translation>“{name}” đang mở trong cửa sổ soạn thảo; hãy đóng bài trước khi chuyển vào thùng rác.</translation>
    </message>
    <message>
        <source>“{name}” is open in the editor; close it before renaming it.</source>
        <translation>“{name}” đang mở trong cửa sổ soạn thảo; hãy đóng bài trước khi đổi tên.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Bỏ đi…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(chưa từng lưu)</translation>
    </message>
    <message>
        <source>ArticleDesk stopped before these articles were saved. The text below was kept automatically. Restore an article to go on working on it, or discard it.</source>
        <translation>ArticleDesk đã dừng trước khi các bài dưới đây được lưu. Nội dung đã được tự động giữ lại. Hãy khôi phục bài để viết tiếp, hoặc bỏ đi.</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Differences from the saved file: green is only in the recovered text, red is only in the file.</source>
        <translation>Khác biệt so với tệp đã lưu: phần xanh chỉ có trong bản khôi phục, phần đỏ chỉ có trong tệp.</translation>
    </message>
    <message>
        <source>Differs from the saved file.</source>
        <translation>Khác với tệp đã lưu.</translation>
    </message>
    <message>
        <source>Discard Recovered Text</source>
        <translation>Bỏ bản khôi phục</translation>
    </message>
    <message>
        <source>Discard the recovered text of “{name}”? It cannot be brought back.</source>
        <translation>Bỏ nội dung khôi phục của “{name}”? Sau đó sẽ không lấy lại được.</translation>
    </message>
    <message>
        <source>Kept automatically: {time}</source>
        <translation>Tự động giữ lại lúc: {time}</translation>
    </message>
    <message>
        <source>Never saved.</source>
        <translation>Bài chưa từng được lưu.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Khôi phục bài chưa lưu</translation>
    </message>
    <message>
        <source>Recovered text:</source>
        <translation>Nội dung khôi phục:</translation>
    </message>
    <message>
        <source>The file cannot be read any more.</source>
        <translation>Tệp không còn đọc được.</translation>
    </message>
    <message>
        <source>The file no longer exists.</source>
        <translation>Tệp không còn tồn tại.</translation>
    </message>
    <message>
        <source>The file was changed by someone else after this text was kept.</source>
        <translation>Tệp đã bị người khác sửa sau thời điểm nội dung này được giữ lại.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Bài chưa đặt tên</translation>
    </message>
    <message>
        <source>kept {time}</source>
        <translation>giữ lúc {time}</translation>
    </message>
</context>
<context>
    <name>ArticleSafety</name>
    <message>
        <source>Saved, but this version could not be kept in the history: {reason}</source>
        <translation>Đã lưu, nhưng không giữ được phiên bản này trong lịch sử: {reason}</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (bản của tôi)</translation>
    </message>
</context>
<context>
    <name>SafetyCommands</name>
    <message>
        <source>1 more unsaved article can be recovered with File › Recover Unsaved Work.</source>
        <translation>Còn 1 bài chưa lưu có thể khôi phục qua Tệp › Khôi phục bài chưa lưu.</translation>
    </message>
    <message>
        <source>{n} more unsaved articles can be recovered with File › Recover Unsaved Work.</source>
        <translation>Còn {n} bài chưa lưu có thể khôi phục qua Tệp › Khôi phục bài chưa lưu.</translation>
    </message>
    <message>
        <source>Autosave failed: {reason} Your text is still here; save it.</source>
        <translation>Tự động lưu thất bại: {reason} Nội dung vẫn còn trong cửa sổ; hãy lưu lại.</translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation>Tự động lưu đã hoạt động trở lại.</translation>
    </message>
    <message>
        <source>Recovered “{name}”. Save it to keep it.</source>
        <translation>Đã khôi phục “{name}”. Hãy lưu để giữ lại.</translation>
    </message>
    <message>
        <source>Restore undone.</source>
        <translation>Đã hoàn tác việc khôi phục.</translation>
    </message>
    <message>
        <source>Restored the version saved {time}. Edit › Undo takes it back.</source>
        <translation>Đã khôi phục phiên bản lưu lúc {time}. Chọn Sửa › Hoàn tác để quay lại.</translation>
    </message>
    <message>
        <source>Revision History</source>
        <translation>Lịch sử phiên bản</translation>
    </message>
    <message>
        <source>There is no unsaved work to recover.</source>
        <translation>Không có bài chưa lưu nào cần khôi phục.</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>khôi phục phiên bản</translation>
    </message>
</context>
<context>
    <name>TemplateMenu</name>
    <message>
        <source>Brief</source>
        <translation>Tin ngắn</translation>
    </message>
    <message>
        <source>Brief (tin ngắn)</source>
        <translation>Tin ngắn</translation>
    </message>
    <message>
        <source>Choose Desk Templates Folder…</source>
        <translation>Chọn thư mục mẫu của ban…</translation>
    </message>
    <message>
        <source>Desk Templates Folder</source>
        <translation>Thư mục mẫu của ban</translation>
    </message>
    <message>
        <source>Empty Article</source>
        <translation>Bài trống</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Event report with quotes and awards</source>
        <translation>Tường thuật hội nghị (trích dẫn, khen thưởng)</translation>
    </message>
    <message>
        <source>Event report with quotes and awards (tường thuật hội nghị)</source>
        <translation>Tường thuật hội nghị (trích dẫn, khen thưởng)</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Phỏng vấn</translation>
    </message>
    <message>
        <source>Interview (phỏng vấn)</source>
        <translation>Phỏng vấn</translation>
    </message>
    <message>
        <source>Show Desk Templates Folder</source>
        <translation>Mở thư mục mẫu của ban</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>{name} (desk template)</source>
        <translation>{name} (mẫu của ban)</translation>
    </message>
</context>
<context>
    <name>LibraryFolders</name>
    <message>
        <source>Add Folder to the Library</source>
        <translation>Thêm thư mục vào thư viện</translation>
    </message>
    <message>
        <source>Add Folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <source>Remove “{folder}”</source>
        <translation>Bỏ “{folder}” khỏi thư viện</translation>
    </message>
</context>
<context>
    <name>FieldUndo</name>
    <message>
        <source>Typing in Kicker</source>
        <translation>nhập Dòng trên tít</translation>
    </message>
    <message>
        <source>Typing in Headline</source>
        <translation>nhập Tiêu đề</translation>
    </message>
    <message>
        <source>Typing in Standfirst</source>
        <translation>nhập Sapo</translation>
    </message>
    <message>
        <source>Typing in Source</source>
        <translation>nhập Nguồn</translation>
    </message>
    <message>
        <source>Typing in Place</source>
        <translation>nhập Địa điểm</translation>
    </message>
    <message>
        <source>Typing in Authors</source>
        <translation>nhập Tác giả</translation>
    </message>
    <message>
        <source>Typing in Sign-off</source>
        <translation>nhập Bút danh ký cuối</translation>
    </message>
    <message>
        <source>Typing in Topic</source>
        <translation>nhập Dòng sự kiện</translation>
    </message>
    <message>
        <source>Typing in Tags</source>
        <translation>nhập Thẻ</translation>
    </message>
    <message>
        <source>Typing in Speaker</source>
        <translation>nhập Người nói</translation>
    </message>
    <message>
        <source>Typing in Role</source>
        <translation>nhập Chức vụ</translation>
    </message>
    <message>
        <source>Typing in Quote</source>
        <translation>nhập Nội dung trích dẫn</translation>
    </message>
    <message>
        <source>Typing in Recipient</source>
        <translation>nhập Người/đơn vị nhận</translation>
    </message>
    <message>
        <source>Typing in Award</source>
        <translation>nhập Hình thức khen</translation>
    </message>
    <message>
        <source>Typing in Conferred By</source>
        <translation>nhập Người/cơ quan tặng</translation>
    </message>
    <message>
        <source>Typing in Reason</source>
        <translation>nhập Lý do</translation>
    </message>
    <message>
        <source>Change Language</source>
        <translation>đổi Ngôn ngữ</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>đổi Trạng thái</translation>
    </message>
    <message>
        <source>Change Quote Kind</source>
        <translation>đổi loại trích dẫn</translation>
    </message>
    <message>
        <source>Change Recipient Kind</source>
        <translation>đổi đối tượng khen</translation>
    </message>
    <message>
        <source>Change Date</source>
        <translation>đổi Ngày</translation>
    </message>
</context>
<context>
    <name>BodyUndo</name>
    <message>
        <source>Typing in Body</source>
        <translation>nhập Thân bài</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Hoàn tác {step}</translation>
    </message>
    <message>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Làm lại {step}</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>cắt</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>dán</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>in đậm</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>in nghiêng</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>gạch chân</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>liên kết</translation>
    </message>
    <message>
        <source>Paragraph Style</source>
        <translation>kiểu đoạn</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Đóng khung này</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Tách ra</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách khung ra hoặc gắn lại vào cửa sổ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Xem hai trang đối diện</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Xem toàn bộ các trang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Cuộn đến đây</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Đầu</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Cuối</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Mép trái</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Mép phải</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Chèn ký tự điều khiển Unicode</translation>
    </message>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Dấu trái sang phải</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Dấu phải sang trái</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Ký tự nối độ rộng không</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Ký tự không nối độ rộng không</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Dấu cách độ rộng không</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Bắt đầu nhúng trái sang phải</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Bắt đầu nhúng phải sang trái</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Bắt đầu ép trái sang phải</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Bắt đầu ép phải sang trái</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Kết thúc định dạng hướng</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Cô lập trái sang phải</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Cô lập phải sang trái</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Cô lập theo ký tự mạnh đầu tiên</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Kết thúc cô lập hướng</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Open as mai&amp;lto: Link</source>
        <translation>Mở bằng &amp;liên kết mailto:</translation>
    </message>
    <message>
        <source>Open as mailto link</source>
        <translation>Mở bằng liên kết mailto</translation>
    </message>
    <message>
        <source>Text only, cut at about 1,500 characters: untick the attachments to use it.</source>
        <translation>Chỉ có chữ, cắt ở khoảng 1.500 ký tự: bỏ chọn các tệp đính kèm để dùng.</translation>
    </message>
    <message>
        <source>Send to Colleague</source>
        <translation>Gửi cho bạn bè</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Đồng gửi</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Lời nhắn</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Đế&amp;n:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>Đồng gử&amp;i:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Lời nhắn:</translation>
    </message>
    <message>
        <source>Attach:</source>
        <translation>Đính kèm:</translation>
    </message>
    <message>
        <source>name@example.vn, another@example.vn</source>
        <translation>ten@example.vn, nguoikhac@example.vn</translation>
    </message>
    <message>
        <source>A few words for your colleague; they come above the article.</source>
        <translation>Vài lời gửi bạn bè; lời nhắn nằm phía trên bài viết.</translation>
    </message>
    <message>
        <source>&amp;Word document (DOCX)</source>
        <translation>Tệp &amp;Word (DOCX)</translation>
    </message>
    <message>
        <source>&amp;PDF of the printed page</source>
        <translation>Tệp &amp;PDF của trang in</translation>
    </message>
    <message>
        <source>Article &amp;file (.article), to open in ArticleDesk</source>
        <translation>Tệp &amp;bài viết (.article) để mở bằng ArticleDesk</translation>
    </message>
    <message>
        <source>Attach the Word document</source>
        <translation>Đính kèm tệp Word</translation>
    </message>
    <message>
        <source>Attach the PDF</source>
        <translation>Đính kèm tệp PDF</translation>
    </message>
    <message>
        <source>Attach the article file</source>
        <translation>Đính kèm tệp bài viết</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Preview of the message</source>
        <translation>Xem trước thư</translation>
    </message>
    <message>
        <source>How the message will look:</source>
        <translation>Thư sẽ hiện ra như sau:</translation>
    </message>
    <message>
        <source>&amp;Manage Contacts…</source>
        <translation>&amp;Danh bạ…</translation>
    </message>
    <message>
        <source>Manage contacts</source>
        <translation>Quản lý danh bạ</translation>
    </message>
    <message>
        <source>Save as .&amp;eml…</source>
        <translation>Lưu thành tệp .&amp;eml…</translation>
    </message>
    <message>
        <source>Save as .eml file</source>
        <translation>Lưu thành tệp .eml</translation>
    </message>
    <message>
        <source>&amp;Open in Mail Program</source>
        <translation>&amp;Mở bằng chương trình thư</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Mở bằng chương trình thư</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <source>From (Mail Account)</source>
        <translation>Người gửi (tài khoản gửi thư)</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Tệp đính kèm</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail Account</source>
        <translation>Tài khoản gửi thư</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>smtp.example.vn</source>
        <translation>smtp.example.vn</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Cổng</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Bảo mật</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (cổng 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS ngay từ đầu (cổng 465)</translation>
    </message>
    <message>
        <source>None: a mail server on this computer only</source>
        <translation>Không: chỉ cho máy chủ thư trên chính máy này</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>reporter@example.vn</source>
        <translation>phongvien@example.vn</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Địa chỉ người gửi</translation>
    </message>
    <message>
        <source>Name &lt;reporter@example.vn&gt;</source>
        <translation>Họ tên &lt;phongvien@example.vn&gt;</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Tệp chứng chỉ CA</translation>
    </message>
    <message>
        <source>only for a desk&apos;s own mail server</source>
        <translation>chỉ cần cho máy chủ thư riêng của tòa soạn</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn…</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Chọn tệp chứng chỉ CA</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>giữ nguyên</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a file.</source>
        <translation>Mật khẩu được cất trong kho mật khẩu của hệ thống, không bao giờ ghi ra tệp.</translation>
    </message>
    <message>
        <source>This computer has no keychain: the password is kept only until ArticleDesk closes and asked again the next time; it is never written to a file.</source>
        <translation>Máy này không có kho mật khẩu: mật khẩu chỉ được giữ đến khi đóng ArticleDesk và sẽ được hỏi lại lần sau; mật khẩu không bao giờ được ghi ra tệp.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>&amp;Bảo mật:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Người gửi:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>Chứng chỉ C&amp;A:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Chứng chỉ CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <source>Recent recipients</source>
        <translation>Người nhận gần đây</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Liên hệ mới</translation>
    </message>
    <message>
        <source>Name &lt;name@example.vn&gt;</source>
        <translation>Họ tên &lt;ten@example.vn&gt;</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>Add the contact</source>
        <translation>Thêm liên hệ</translation>
    </message>
    <message>
        <source>&amp;Keep as Contact</source>
        <translation>&amp;Lưu vào danh bạ</translation>
    </message>
    <message>
        <source>Keep the recent recipient as a contact</source>
        <translation>Lưu người nhận gần đây vào danh bạ</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Remove the contact</source>
        <translation>Xóa liên hệ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Danh bạ:</translation>
    </message>
    <message>
        <source>Written to lately:</source>
        <translation>Đã gửi gần đây:</translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <source>Save Message</source>
        <translation>Lưu thư</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml);;All files (*)</source>
        <translation>Thư điện tử (*.eml);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>From: {problem}</source>
        <translation>Người gửi: {problem}</translation>
    </message>
    <message>
        <source>1 message waiting</source>
        <translation>1 thư chờ gửi</translation>
    </message>
    <message>
        <source>{n} messages waiting</source>
        <translation>{n} thư chờ gửi</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <source>Show the outbox</source>
        <translation>Mở hộp thư đi</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>Vẫn gửi?</translation>
    </message>
    <message>
        <source>Make the message anyway?</source>
        <translation>Vẫn tạo thư?</translation>
    </message>
    <message>
        <source>House-Style Errors</source>
        <translation>Lỗi theo quy chuẩn biên tập</translation>
    </message>
    <message>
        <source>It is kept in the system keychain.</source>
        <translation>Mật khẩu được cất trong kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>It is kept until ArticleDesk closes, never in a file.</source>
        <translation>Mật khẩu được giữ đến khi đóng ArticleDesk, không bao giờ ghi ra tệp.</translation>
    </message>
    <message>
        <source>Mail Password</source>
        <translation>Mật khẩu thư</translation>
    </message>
    <message>
        <source>Password of {user} at {host}:</source>
        <translation>Mật khẩu của {user} trên {host}:</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Đang gửi thư…</translation>
    </message>
    <message>
        <source>Preparing the message…</source>
        <translation>Đang chuẩn bị thư…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Send to Colleague</source>
        <translation>Gửi cho bạn bè</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent or saved.</source>
        <translation>Đã hủy: không có gì được gửi hay lưu.</translation>
    </message>
    <message>
        <source>The message is open in your mail program.</source>
        <translation>Thư đã được mở trong chương trình thư của bạn.</translation>
    </message>
    <message>
        <source>No mail program opened the message. It is saved as “{file}” until ArticleDesk closes; use Save as .eml to keep it.</source>
        <translation>Không có chương trình thư nào mở được thư. Thư được lưu tạm ở “{file}” đến khi đóng ArticleDesk; hãy dùng “Lưu thành tệp .eml” để giữ lại.</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Outbox</source>
        <translation>Hộp thư đi</translation>
    </message>
    <message>
        <source>Why sending is paused</source>
        <translation>Lý do tạm dừng gửi</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Thư chờ gửi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Lỗi gần nhất</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Lần thử tới</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Gửi &amp;lại</translation>
    </message>
    <message>
        <source>Retry the selected message</source>
        <translation>Gửi lại thư đang chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Delete the selected message</source>
        <translation>Xóa thư đang chọn</translation>
    </message>
    <message>
        <source>&amp;Send Now</source>
        <translation>&amp;Gửi ngay</translation>
    </message>
    <message>
        <source>Send every waiting message now</source>
        <translation>Gửi ngay mọi thư đang chờ</translation>
    </message>
    <message>
        <source>Mail &amp;Account…</source>
        <translation>&amp;Tài khoản gửi thư…</translation>
    </message>
    <message>
        <source>Mail account</source>
        <translation>Tài khoản gửi thư</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Chờ gửi lại</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>after Retry</source>
        <translation>khi bấm Gửi lại</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tạm dừng</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ngay bây giờ</translation>
    </message>
    <message>
        <source>No message is waiting: everything has been sent.</source>
        <translation>Không có thư nào đang chờ: mọi thư đã được gửi.</translation>
    </message>
    <message>
        <source>1 message is waiting to be sent.</source>
        <translation>1 thư đang chờ được gửi.</translation>
    </message>
    <message>
        <source>{n} messages are waiting to be sent.</source>
        <translation>{n} thư đang chờ được gửi.</translation>
    </message>
    <message>
        <source>ArticleDesk tries again by itself after 1, 2, 4 … up to 60 minutes; a message the server refused waits for Retry.</source>
        <translation>ArticleDesk tự gửi lại sau 1, 2, 4 … đến tối đa 60 phút; thư bị máy chủ từ chối sẽ chờ bạn bấm Gửi lại.</translation>
    </message>
    <message>
        <source>That message is being sent right now.</source>
        <translation>Thư đó đang được gửi ngay lúc này.</translation>
    </message>
    <message>
        <source>Only failed messages are waiting: select one and press Retry.</source>
        <translation>Chỉ còn các thư gửi thất bại: hãy chọn một thư và bấm Gửi lại.</translation>
    </message>
    <message>
        <source>Delete Message</source>
        <translation>Xóa thư</translation>
    </message>
    <message>
        <source>Delete “{subject}” for good? It has not been sent.</source>
        <translation>Xóa hẳn thư “{subject}”? Thư này chưa được gửi.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(không có tiêu đề)</translation>
    </message>
</context>
<context>
    <name>MailHandoff</name>
    <message>
        <source>No mail program opened the mailto: link. Use Open in Mail Program or Save as .eml.</source>
        <translation>Không chương trình thư nào mở được liên kết mailto:. Hãy dùng Mở bằng chương trình thư hoặc Lưu thành .eml.</translation>
    </message>
    <message>
        <source>xdg-email could not be started; the draft is opened as a file instead.</source>
        <translation>Không khởi chạy được xdg-email; bản nháp được mở dưới dạng tệp.</translation>
    </message>
</context>
</TS>
