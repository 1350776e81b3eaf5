/** Wrong command-line words: the CLI prints the usage and exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const usage = `Một Cửa — dòng lệnh / command line

Cách dùng / Usage: motcua <lệnh> [tùy chọn]

  start [--role kiosk|counter|display|admin] [--data DIR] [--lan-port N] [--headless]
                                               Mở ứng dụng (Electron) hoặc trạm không giao diện
  station --data DIR [--port N] [--host H]     Chạy trạm không giao diện (LAN), mặc định cổng 8686
  seed --demo --data DIR                       Tạo dữ liệu mẫu của một trung tâm cấp xã
  user add --data DIR --role admin|officer --username U --name "Họ tên" [--password-stdin]
  user list --data DIR
  audit verify --data DIR                      Kiểm tra chuỗi băm nhật ký (0 = nguyên vẹn, 1 = bị sửa)
  backup --data DIR --out FILE                 Sao lưu trực tuyến cơ sở dữ liệu
  restore --data DIR --from FILE               Khôi phục từ bản sao lưu (trạm phải đang dừng)
  qr parse <nội dung QR | ->                   Đọc mã QR thẻ căn cước/CCCD, in JSON
  calendar due --received <ISO+07:00> --limit <N>d|<N>h [--same-day]   Tính ngày hẹn trả
  calendar holidays --year Y                   Liệt kê ngày nghỉ trong năm
  sync status --data DIR                       Trạng thái đồng bộ (JSON)
  sync now --data DIR                          Đồng bộ ngay một lượt (0 = thành công)
  sync configure --data DIR --url URL --site ID --secret-stdin   Cấu hình đồng bộ với tỉnh

Thư mục dữ liệu mặc định / default data folder: $MOTCUA_DATA hoặc thư mục dữ liệu ứng dụng của hệ điều hành.
`;
