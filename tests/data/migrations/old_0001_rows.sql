-- Rows written by a workspace that has only 0001_core applied. They must survive later migrations.
INSERT INTO workspace_meta(key, value) VALUES ('created_by', 'fixture');
INSERT INTO offices(code, name, name_folded, level, province_code)
    VALUES ('01', 'Sở Tư pháp Hà Nội', 'so tu phap ha noi', 'province', NULL),
           ('01.00004', 'UBND phường Ba Đình', 'ubnd phuong ba dinh', 'commune', '01');
INSERT INTO officers(login, full_name, full_name_folded, office_code, roles, created_at)
    VALUES ('lan', 'Trần Thị Lan', 'tran thi lan', '01.00004', 'admin,counter', '2026-01-05T08:00:00Z');
INSERT INTO auth_log(at, login, event) VALUES ('2026-01-05T08:01:00Z', 'lan', 'unlock');
INSERT INTO citizens(id_number, full_name, full_name_folded, dob, address, address_folded, phone, updated_at)
    VALUES ('001090001234', 'Nguyễn Văn Đức', 'nguyen van duc', '1990-03-15',
            'Số 12 Điện Biên Phủ, Ba Đình, Hà Nội', 'so 12 dien bien phu, ba dinh, ha noi', '0912345678',
            '2026-01-05T08:02:00Z');
