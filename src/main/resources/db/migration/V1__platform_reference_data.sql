-- Reference code tables (trees) shared by every module. Codes and names from
-- ../shared/reference/LABOR-RULES.md (GB/T 2260, GB/T 4754-2017, 国统字〔2017〕213号).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Administrative regions: the province and its 19 cities/counties, plus Yangpu as its own unit.
CREATE TABLE platform_region (
    code          varchar(12) PRIMARY KEY,
    name          varchar(40) NOT NULL,
    short_name    varchar(20) NOT NULL,
    parent_code   varchar(12) REFERENCES platform_region (code),
    level         varchar(10) NOT NULL CHECK (level IN ('PROVINCE', 'CITY')),
    min_wage_tier smallint CHECK (min_wage_tier BETWEEN 1 AND 3),
    sort_order    smallint NOT NULL
);

INSERT INTO platform_region (code, name, short_name, parent_code, level, min_wage_tier, sort_order) VALUES
('460000', '海南省', '全省', NULL, 'PROVINCE', NULL, 0),
('460100', '海口市', '海口', '460000', 'CITY', 1, 1),
('460200', '三亚市', '三亚', '460000', 'CITY', 1, 2),
('460300', '三沙市', '三沙', '460000', 'CITY', 2, 3),
('460400', '儋州市', '儋州', '460000', 'CITY', 2, 4),
('469001', '五指山市', '五指山', '460000', 'CITY', 3, 5),
('469002', '琼海市', '琼海', '460000', 'CITY', 2, 6),
('469005', '文昌市', '文昌', '460000', 'CITY', 3, 7),
('469006', '万宁市', '万宁', '460000', 'CITY', 3, 8),
('469007', '东方市', '东方', '460000', 'CITY', 3, 9),
('469021', '定安县', '定安', '460000', 'CITY', 3, 10),
('469022', '屯昌县', '屯昌', '460000', 'CITY', 3, 11),
('469023', '澄迈县', '澄迈', '460000', 'CITY', 2, 12),
('469024', '临高县', '临高', '460000', 'CITY', 3, 13),
('469025', '白沙黎族自治县', '白沙', '460000', 'CITY', 3, 14),
('469026', '昌江黎族自治县', '昌江', '460000', 'CITY', 3, 15),
('469027', '乐东黎族自治县', '乐东', '460000', 'CITY', 3, 16),
('469028', '陵水黎族自治县', '陵水', '460000', 'CITY', 3, 17),
('469029', '保亭黎族苗族自治县', '保亭', '460000', 'CITY', 3, 18),
('469030', '琼中黎族苗族自治县', '琼中', '460000', 'CITY', 3, 19),
-- 洋浦经济开发区 has no GB/T 2260 code; the statistics bureau's 9-digit code is used. The plan
-- treats it as its own unit beside the 19 cities/counties (各市、县、洋浦经济开发区).
('460400499', '洋浦经济开发区', '洋浦', '460000', 'CITY', 1, 20);

-- GB/T 4754-2017: sections (门类), divisions (大类), and the groups/classes that the 2017
-- size rules need (real estate 701/702/703/704/709, class 7010).
CREATE TABLE platform_industry (
    code        varchar(5) PRIMARY KEY,
    name        varchar(60) NOT NULL,
    parent_code varchar(5) REFERENCES platform_industry (code),
    section     char(1) NOT NULL,
    level       varchar(10) NOT NULL CHECK (level IN ('SECTION', 'DIVISION', 'GROUP', 'CLASS'))
);

INSERT INTO platform_industry (code, name, parent_code, section, level) VALUES
('A', '农、林、牧、渔业', NULL, 'A', 'SECTION'),
('B', '采矿业', NULL, 'B', 'SECTION'),
('C', '制造业', NULL, 'C', 'SECTION'),
('D', '电力、热力、燃气及水生产和供应业', NULL, 'D', 'SECTION'),
('E', '建筑业', NULL, 'E', 'SECTION'),
('F', '批发和零售业', NULL, 'F', 'SECTION'),
('G', '交通运输、仓储和邮政业', NULL, 'G', 'SECTION'),
('H', '住宿和餐饮业', NULL, 'H', 'SECTION'),
('I', '信息传输、软件和信息技术服务业', NULL, 'I', 'SECTION'),
('J', '金融业', NULL, 'J', 'SECTION'),
('K', '房地产业', NULL, 'K', 'SECTION'),
('L', '租赁和商务服务业', NULL, 'L', 'SECTION'),
('M', '科学研究和技术服务业', NULL, 'M', 'SECTION'),
('N', '水利、环境和公共设施管理业', NULL, 'N', 'SECTION'),
('O', '居民服务、修理和其他服务业', NULL, 'O', 'SECTION'),
('P', '教育', NULL, 'P', 'SECTION'),
('Q', '卫生和社会工作', NULL, 'Q', 'SECTION'),
('R', '文化、体育和娱乐业', NULL, 'R', 'SECTION'),
('S', '公共管理、社会保障和社会组织', NULL, 'S', 'SECTION'),
('T', '国际组织', NULL, 'T', 'SECTION');

INSERT INTO platform_industry (code, name, parent_code, section, level) VALUES
('01', '农业', 'A', 'A', 'DIVISION'),
('02', '林业', 'A', 'A', 'DIVISION'),
('03', '畜牧业', 'A', 'A', 'DIVISION'),
('04', '渔业', 'A', 'A', 'DIVISION'),
('05', '农、林、牧、渔专业及辅助性活动', 'A', 'A', 'DIVISION'),
('06', '煤炭开采和洗选业', 'B', 'B', 'DIVISION'),
('07', '石油和天然气开采业', 'B', 'B', 'DIVISION'),
('08', '黑色金属矿采选业', 'B', 'B', 'DIVISION'),
('09', '有色金属矿采选业', 'B', 'B', 'DIVISION'),
('10', '非金属矿采选业', 'B', 'B', 'DIVISION'),
('11', '开采专业及辅助性活动', 'B', 'B', 'DIVISION'),
('12', '其他采矿业', 'B', 'B', 'DIVISION'),
('13', '农副食品加工业', 'C', 'C', 'DIVISION'),
('14', '食品制造业', 'C', 'C', 'DIVISION'),
('15', '酒、饮料和精制茶制造业', 'C', 'C', 'DIVISION'),
('16', '烟草制品业', 'C', 'C', 'DIVISION'),
('17', '纺织业', 'C', 'C', 'DIVISION'),
('18', '纺织服装、服饰业', 'C', 'C', 'DIVISION'),
('19', '皮革、毛皮、羽毛及其制品和制鞋业', 'C', 'C', 'DIVISION'),
('20', '木材加工和木、竹、藤、棕、草制品业', 'C', 'C', 'DIVISION'),
('21', '家具制造业', 'C', 'C', 'DIVISION'),
('22', '造纸和纸制品业', 'C', 'C', 'DIVISION'),
('23', '印刷和记录媒介复制业', 'C', 'C', 'DIVISION'),
('24', '文教、工美、体育和娱乐用品制造业', 'C', 'C', 'DIVISION'),
('25', '石油、煤炭及其他燃料加工业', 'C', 'C', 'DIVISION'),
('26', '化学原料和化学制品制造业', 'C', 'C', 'DIVISION'),
('27', '医药制造业', 'C', 'C', 'DIVISION'),
('28', '化学纤维制造业', 'C', 'C', 'DIVISION'),
('29', '橡胶和塑料制品业', 'C', 'C', 'DIVISION'),
('30', '非金属矿物制品业', 'C', 'C', 'DIVISION'),
('31', '黑色金属冶炼和压延加工业', 'C', 'C', 'DIVISION'),
('32', '有色金属冶炼和压延加工业', 'C', 'C', 'DIVISION'),
('33', '金属制品业', 'C', 'C', 'DIVISION'),
('34', '通用设备制造业', 'C', 'C', 'DIVISION'),
('35', '专用设备制造业', 'C', 'C', 'DIVISION'),
('36', '汽车制造业', 'C', 'C', 'DIVISION'),
('37', '铁路、船舶、航空航天和其他运输设备制造业', 'C', 'C', 'DIVISION'),
('38', '电气机械和器材制造业', 'C', 'C', 'DIVISION'),
('39', '计算机、通信和其他电子设备制造业', 'C', 'C', 'DIVISION'),
('40', '仪器仪表制造业', 'C', 'C', 'DIVISION'),
('41', '其他制造业', 'C', 'C', 'DIVISION'),
('42', '废弃资源综合利用业', 'C', 'C', 'DIVISION'),
('43', '金属制品、机械和设备修理业', 'C', 'C', 'DIVISION'),
('44', '电力、热力生产和供应业', 'D', 'D', 'DIVISION'),
('45', '燃气生产和供应业', 'D', 'D', 'DIVISION'),
('46', '水的生产和供应业', 'D', 'D', 'DIVISION'),
('47', '房屋建筑业', 'E', 'E', 'DIVISION'),
('48', '土木工程建筑业', 'E', 'E', 'DIVISION'),
('49', '建筑安装业', 'E', 'E', 'DIVISION'),
('50', '建筑装饰、装修和其他建筑业', 'E', 'E', 'DIVISION'),
('51', '批发业', 'F', 'F', 'DIVISION'),
('52', '零售业', 'F', 'F', 'DIVISION'),
('53', '铁路运输业', 'G', 'G', 'DIVISION'),
('54', '道路运输业', 'G', 'G', 'DIVISION'),
('55', '水上运输业', 'G', 'G', 'DIVISION'),
('56', '航空运输业', 'G', 'G', 'DIVISION'),
('57', '管道运输业', 'G', 'G', 'DIVISION'),
('58', '多式联运和运输代理业', 'G', 'G', 'DIVISION'),
('59', '装卸搬运和仓储业', 'G', 'G', 'DIVISION'),
('60', '邮政业', 'G', 'G', 'DIVISION'),
('61', '住宿业', 'H', 'H', 'DIVISION'),
('62', '餐饮业', 'H', 'H', 'DIVISION'),
('63', '电信、广播电视和卫星传输服务', 'I', 'I', 'DIVISION'),
('64', '互联网和相关服务', 'I', 'I', 'DIVISION'),
('65', '软件和信息技术服务业', 'I', 'I', 'DIVISION'),
('66', '货币金融服务', 'J', 'J', 'DIVISION'),
('67', '资本市场服务', 'J', 'J', 'DIVISION'),
('68', '保险业', 'J', 'J', 'DIVISION'),
('69', '其他金融业', 'J', 'J', 'DIVISION'),
('70', '房地产业', 'K', 'K', 'DIVISION'),
('71', '租赁业', 'L', 'L', 'DIVISION'),
('72', '商务服务业', 'L', 'L', 'DIVISION'),
('73', '研究和试验发展', 'M', 'M', 'DIVISION'),
('74', '专业技术服务业', 'M', 'M', 'DIVISION'),
('75', '科技推广和应用服务业', 'M', 'M', 'DIVISION'),
('76', '水利管理业', 'N', 'N', 'DIVISION'),
('77', '生态保护和环境治理业', 'N', 'N', 'DIVISION'),
('78', '公共设施管理业', 'N', 'N', 'DIVISION'),
('79', '土地管理业', 'N', 'N', 'DIVISION'),
('80', '居民服务业', 'O', 'O', 'DIVISION'),
('81', '机动车、电子产品和日用产品修理业', 'O', 'O', 'DIVISION'),
('82', '其他服务业', 'O', 'O', 'DIVISION'),
('83', '教育', 'P', 'P', 'DIVISION'),
('84', '卫生', 'Q', 'Q', 'DIVISION'),
('85', '社会工作', 'Q', 'Q', 'DIVISION'),
('86', '新闻和出版业', 'R', 'R', 'DIVISION'),
('87', '广播、电视、电影和录音制作业', 'R', 'R', 'DIVISION'),
('88', '文化艺术业', 'R', 'R', 'DIVISION'),
('89', '体育', 'R', 'R', 'DIVISION'),
('90', '娱乐业', 'R', 'R', 'DIVISION'),
('91', '中国共产党机关', 'S', 'S', 'DIVISION'),
('92', '国家机构', 'S', 'S', 'DIVISION'),
('93', '人民政协、民主党派', 'S', 'S', 'DIVISION'),
('94', '社会保障', 'S', 'S', 'DIVISION'),
('95', '群众团体、社会团体和其他成员组织', 'S', 'S', 'DIVISION'),
('96', '基层群众自治组织及其他组织', 'S', 'S', 'DIVISION'),
('97', '国际组织', 'T', 'T', 'DIVISION'),
('701', '房地产开发经营', '70', 'K', 'GROUP'),
('702', '物业管理', '70', 'K', 'GROUP'),
('703', '房地产中介服务', '70', 'K', 'GROUP'),
('704', '房地产租赁经营', '70', 'K', 'GROUP'),
('709', '其他房地产业', '70', 'K', 'GROUP'),
('7010', '房地产开发经营', '701', 'K', 'CLASS');

-- Ownership / registration type (登记注册类型), a two-level tree.
CREATE TABLE platform_ownership_type (
    code        varchar(3) PRIMARY KEY,
    name        varchar(40) NOT NULL,
    parent_code varchar(3) REFERENCES platform_ownership_type (code),
    state_owned boolean NOT NULL DEFAULT false
);

INSERT INTO platform_ownership_type (code, name, parent_code, state_owned) VALUES
('100', '内资企业', NULL, false),
('110', '国有企业', '100', true),
('120', '集体企业', '100', false),
('130', '股份合作企业', '100', false),
('140', '联营企业', '100', false),
('150', '有限责任公司', '100', false),
('151', '国有独资公司', '150', true),
('159', '其他有限责任公司', '150', false),
('160', '股份有限公司', '100', false),
('170', '私营企业', '100', false),
('190', '其他企业', '100', false),
('200', '港、澳、台商投资企业', NULL, false),
('210', '合资经营企业（港或澳、台资）', '200', false),
('220', '合作经营企业（港或澳、台资）', '200', false),
('230', '港、澳、台商独资经营企业', '200', false),
('240', '港、澳、台商投资股份有限公司', '200', false),
('290', '其他港、澳、台商投资企业', '200', false),
('300', '外商投资企业', NULL, false),
('310', '中外合资经营企业', '300', false),
('320', '中外合作经营企业', '300', false),
('330', '外资企业', '300', false),
('340', '外商投资股份有限公司', '300', false),
('390', '其他外商投资企业', '300', false);

-- Enterprise size rules (统计上大中小微型企业划分办法 2017, 国统字〔2017〕213号).
-- A rule group applies to the industry codes listed in platform_size_rule_scope; the most
-- specific code (longest) wins. A tier needs every non-null minimum; micro is what is left.
-- Industries listed nowhere (J finance, G53 railway, P education, Q84 health, S, T, 704 own
-- property) are outside the 2017 rules and stay unclassified.
CREATE TABLE platform_size_rule (
    rule_group varchar(30) PRIMARY KEY,
    name       varchar(40) NOT NULL
);

CREATE TABLE platform_size_rule_scope (
    industry_code varchar(5) PRIMARY KEY REFERENCES platform_industry (code),
    rule_group    varchar(30) NOT NULL REFERENCES platform_size_rule (rule_group)
);

CREATE TABLE platform_size_threshold (
    rule_group    varchar(30) NOT NULL REFERENCES platform_size_rule (rule_group),
    size_class    varchar(6) NOT NULL CHECK (size_class IN ('LARGE', 'MEDIUM', 'SMALL')),
    min_employees integer,
    min_revenue   numeric(14, 2),  -- 万元
    min_assets    numeric(14, 2),  -- 万元
    PRIMARY KEY (rule_group, size_class)
);

INSERT INTO platform_size_rule (rule_group, name) VALUES
('AGRICULTURE', '农、林、牧、渔业'),
('INDUSTRY', '工业'),
('CONSTRUCTION', '建筑业'),
('WHOLESALE', '批发业'),
('RETAIL', '零售业'),
('TRANSPORT', '交通运输业'),
('WAREHOUSING', '仓储业'),
('POSTAL', '邮政业'),
('ACCOMMODATION_CATERING', '住宿业、餐饮业'),
('TELECOM_INTERNET', '信息传输业'),
('SOFTWARE', '软件和信息技术服务业'),
('PROPERTY_DEVELOPMENT', '房地产开发经营'),
('PROPERTY_MANAGEMENT', '物业管理'),
('LEASING_BUSINESS', '租赁和商务服务业'),
('OTHER', '其他未列明行业');

INSERT INTO platform_size_rule_scope (industry_code, rule_group) VALUES
('A', 'AGRICULTURE'),
('B', 'INDUSTRY'), ('C', 'INDUSTRY'), ('D', 'INDUSTRY'),
('E', 'CONSTRUCTION'),
('51', 'WHOLESALE'), ('52', 'RETAIL'),
('54', 'TRANSPORT'), ('55', 'TRANSPORT'), ('56', 'TRANSPORT'), ('57', 'TRANSPORT'), ('58', 'TRANSPORT'),
('59', 'WAREHOUSING'), ('60', 'POSTAL'),
('61', 'ACCOMMODATION_CATERING'), ('62', 'ACCOMMODATION_CATERING'),
('63', 'TELECOM_INTERNET'), ('64', 'TELECOM_INTERNET'),
('65', 'SOFTWARE'),
('701', 'PROPERTY_DEVELOPMENT'), ('7010', 'PROPERTY_DEVELOPMENT'),
('702', 'PROPERTY_MANAGEMENT'),
('703', 'OTHER'), ('709', 'OTHER'),
('L', 'LEASING_BUSINESS'),
('M', 'OTHER'), ('N', 'OTHER'), ('O', 'OTHER'), ('85', 'OTHER'), ('R', 'OTHER');

INSERT INTO platform_size_threshold (rule_group, size_class, min_employees, min_revenue, min_assets) VALUES
('AGRICULTURE', 'LARGE', NULL, 20000, NULL),
('AGRICULTURE', 'MEDIUM', NULL, 500, NULL),
('AGRICULTURE', 'SMALL', NULL, 50, NULL),
('INDUSTRY', 'LARGE', 1000, 40000, NULL),
('INDUSTRY', 'MEDIUM', 300, 2000, NULL),
('INDUSTRY', 'SMALL', 20, 300, NULL),
('CONSTRUCTION', 'LARGE', NULL, 80000, 80000),
('CONSTRUCTION', 'MEDIUM', NULL, 6000, 5000),
('CONSTRUCTION', 'SMALL', NULL, 300, 300),
('WHOLESALE', 'LARGE', 200, 40000, NULL),
('WHOLESALE', 'MEDIUM', 20, 5000, NULL),
('WHOLESALE', 'SMALL', 5, 1000, NULL),
('RETAIL', 'LARGE', 300, 20000, NULL),
('RETAIL', 'MEDIUM', 50, 500, NULL),
('RETAIL', 'SMALL', 10, 100, NULL),
('TRANSPORT', 'LARGE', 1000, 30000, NULL),
('TRANSPORT', 'MEDIUM', 300, 3000, NULL),
('TRANSPORT', 'SMALL', 20, 200, NULL),
('WAREHOUSING', 'LARGE', 200, 30000, NULL),
('WAREHOUSING', 'MEDIUM', 100, 1000, NULL),
('WAREHOUSING', 'SMALL', 20, 100, NULL),
('POSTAL', 'LARGE', 1000, 30000, NULL),
('POSTAL', 'MEDIUM', 300, 2000, NULL),
('POSTAL', 'SMALL', 20, 100, NULL),
('ACCOMMODATION_CATERING', 'LARGE', 300, 10000, NULL),
('ACCOMMODATION_CATERING', 'MEDIUM', 100, 2000, NULL),
('ACCOMMODATION_CATERING', 'SMALL', 10, 100, NULL),
('TELECOM_INTERNET', 'LARGE', 2000, 100000, NULL),
('TELECOM_INTERNET', 'MEDIUM', 100, 1000, NULL),
('TELECOM_INTERNET', 'SMALL', 10, 100, NULL),
('SOFTWARE', 'LARGE', 300, 10000, NULL),
('SOFTWARE', 'MEDIUM', 100, 1000, NULL),
('SOFTWARE', 'SMALL', 10, 50, NULL),
('PROPERTY_DEVELOPMENT', 'LARGE', NULL, 200000, 10000),
('PROPERTY_DEVELOPMENT', 'MEDIUM', NULL, 1000, 5000),
('PROPERTY_DEVELOPMENT', 'SMALL', NULL, 100, 2000),
('PROPERTY_MANAGEMENT', 'LARGE', 1000, 5000, NULL),
('PROPERTY_MANAGEMENT', 'MEDIUM', 300, 1000, NULL),
('PROPERTY_MANAGEMENT', 'SMALL', 100, 500, NULL),
('LEASING_BUSINESS', 'LARGE', 300, NULL, 120000),
('LEASING_BUSINESS', 'MEDIUM', 100, NULL, 8000),
('LEASING_BUSINESS', 'SMALL', 10, NULL, 100),
('OTHER', 'LARGE', 300, NULL, NULL),
('OTHER', 'MEDIUM', 100, NULL, NULL),
('OTHER', 'SMALL', 10, NULL, NULL);

-- Wage parameters by year and area: they change (LABOR-RULES.md, Hainan defaults).
CREATE TABLE platform_wage_parameter (
    region_code           varchar(12) NOT NULL REFERENCES platform_region (code),
    effective_from        date NOT NULL,
    min_wage_monthly      numeric(10, 2),
    min_wage_hourly       numeric(8, 2),
    avg_wage_annual       numeric(12, 2),
    PRIMARY KEY (region_code, effective_from)
);

INSERT INTO platform_wage_parameter (region_code, effective_from, min_wage_monthly, min_wage_hourly)
SELECT code, DATE '2021-12-01',
       CASE min_wage_tier WHEN 1 THEN 1830 WHEN 2 THEN 1730 ELSE 1680 END,
       CASE min_wage_tier WHEN 1 THEN 16.3 WHEN 2 THEN 15.4 ELSE 14.9 END
FROM platform_region WHERE level = 'CITY';

-- Province average wage of urban non-private units, used as the art. 47 cap base.
INSERT INTO platform_wage_parameter (region_code, effective_from, avg_wage_annual) VALUES
('460000', DATE '2023-01-01', 104802),
('460000', DATE '2024-01-01', 114572);
