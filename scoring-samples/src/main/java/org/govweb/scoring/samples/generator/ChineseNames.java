package org.govweb.scoring.samples.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Vocabulary of generated inspections: place, unit, column, title and service names as Chinese
 * government websites write them. Invented combinations only; no real person is named.
 */
final class ChineseNames {

    static final List<String> COUNTIES = List.of(
            "丰都县", "石柱县", "武隆区", "忠县", "垫江县", "梁平区", "城口县", "开州区", "云阳县", "奉节县",
            "巫山县", "巫溪县", "秀山县", "酉阳县", "彭水县", "黔江区", "南川区", "綦江区", "潼南区", "铜梁区",
            "大足区", "荣昌区", "璧山区", "江津区", "合川区", "永川区", "长寿区", "涪陵区", "万州区", "巴南区",
            "宁乡市", "浏阳市", "醴陵市", "湘乡市", "韶山市", "耒阳市", "常宁市", "武冈市", "汨罗市", "临湘市",
            "桐庐县", "淳安县", "建德市", "安吉县", "德清县", "长兴县", "海盐县", "嘉善县", "平湖市", "桐乡市");

    static final List<String> CITIES = List.of(
            "重庆市", "成都市", "长沙市", "杭州市", "武汉市", "西安市", "郑州市", "济南市", "合肥市", "南昌市",
            "贵阳市", "昆明市", "南宁市", "福州市", "太原市", "石家庄市", "兰州市", "银川市", "西宁市", "海口市");

    static final List<String> DEPARTMENTS = List.of(
            "发展和改革委员会", "教育委员会", "科学技术局", "经济和信息化委员会", "公安局", "民政局", "司法局", "财政局",
            "人力资源和社会保障局", "规划和自然资源局", "生态环境局", "住房和城乡建设委员会", "城市管理局", "交通局",
            "水利局", "农业农村委员会", "商务委员会", "文化和旅游发展委员会", "卫生健康委员会", "退役军人事务局",
            "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局", "乡村振兴局", "机关事务管理局",
            "信访办公室", "大数据发展局", "税务局", "档案馆", "地方志办公室", "供销合作社", "粮食和物资储备局");

    /** Departments of units without a public-service function (没有对外服务职能的部门). */
    static final List<String> NO_SERVICE_UNITS = List.of(
            "档案馆", "地方志办公室", "机关事务管理局", "党史研究室", "政府研究室", "参事室", "史志办公室", "接待办公室");

    static final List<String> TOWNS = List.of(
            "三合街道", "名山街道", "龙河镇", "社坛镇", "高家镇", "虎威镇", "兴义镇", "树人镇", "十直镇", "包鸾镇",
            "湛普镇", "南天湖镇", "许明寺镇", "董家镇", "三元镇", "双路镇", "仁沙镇", "龙孔镇", "暨龙镇", "江池镇",
            "青龙乡", "太平坝乡", "都督乡", "栗子乡", "三建乡", "武平镇", "保合镇", "双龙镇", "兴龙镇", "大池镇",
            "白沙镇", "清水镇", "石门镇", "河口镇", "新华街道", "东城街道", "西城街道", "南岸街道", "北山街道", "桂花镇");

    static final List<String> OVERVIEW = List.of("县情概况", "历史沿革", "自然地理", "行政区划", "人口民族", "经济发展", "旅游资源");
    static final List<String> ORG_FUNCTIONS = List.of("机构职能", "内设机构", "直属单位", "领导分工", "机构设置");
    static final List<String> LEADERS = List.of("政府领导", "领导之窗", "领导活动");
    static final List<String> NEWS = List.of("政务要闻", "今日要闻", "部门动态", "乡镇动态", "图片新闻", "视频新闻", "媒体聚焦",
            "工作动态", "基层动态", "重要会议");
    static final List<String> NOTICES = List.of("通知公告", "公示公告", "招聘公告", "招标公告", "停电通知", "人事任免");
    static final List<String> POLICY_DOCS = List.of("政策文件", "政府文件", "政府办公室文件", "规范性文件", "部门文件", "其他文件",
            "政府令", "行政规范性文件清理", "政策法规", "上级文件");
    static final List<String> POLICY_INTERPRETATION = List.of("政策解读", "图解政策", "媒体解读", "专家解读", "部门解读");
    static final List<String> DATA_RELEASE = List.of("数据发布", "统计数据", "统计公报", "统计分析", "数据开放");
    static final List<String> CONSULTATION = List.of("县长信箱", "咨询投诉", "领导信箱", "民生热线", "12345热线", "有问必答");
    static final List<String> INTERVIEW = List.of("在线访谈", "访谈直播");
    static final List<String> SURVEY = List.of("意见征集", "调查征集", "民意征集");
    static final List<String> PETITION = List.of("网上信访");
    static final List<String> DISCIPLINE = List.of("纪检举报", "违纪举报");

    /** Other columns that are meant to be updated (应更新). */
    static final List<String> OTHER_UPDATED = List.of(
            "人事信息", "财政预决算", "政府采购", "重大项目", "招商引资", "建议提案办理", "脱贫攻坚", "乡村振兴", "食品药品安全",
            "安全生产", "环境保护", "教育信息", "医疗卫生", "社会保障", "就业创业", "住房保障", "价格收费", "审计信息",
            "政府工作报告", "规划计划", "应急管理", "公共资源配置", "国有土地上房屋征收", "义务教育", "公共文化",
            "减税降费", "法治政府建设", "双随机一公开", "政府信息公开年报", "部门预决算", "扫黑除恶", "河长制",
            "营商环境", "民生实事", "疫情防控", "防汛抗旱", "森林防火", "生态文明建设", "重点领域信息公开", "行政执法公示");

    /** Other columns of static content (not meant to be updated). */
    static final List<String> OTHER_STATIC = List.of(
            "政府信息公开指南", "政府信息公开制度", "依申请公开", "权责清单", "走进本地", "网站地图", "联系我们", "办事指南汇总",
            "便民服务", "常用电话", "专题专栏", "信息公开目录", "无障碍浏览", "投资指南", "旅游指南");

    static final List<String> MEETINGS = List.of("常务会议", "全体会议", "安全生产工作会", "经济运行分析会", "防汛工作会",
            "项目建设推进会", "优化营商环境大会", "乡村振兴工作推进会", "廉政工作会议", "教育工作会议");

    static final List<String> TOPICS = List.of("安全生产", "森林防火", "秋冬季大气污染防治", "农村人居环境整治", "营商环境优化",
            "城乡居民医保参保", "义务教育招生", "消防安全检查", "食品安全监督抽检", "防汛救灾", "根治欠薪", "创建文明城市",
            "耕地保护", "河道清漂", "高标准农田建设", "老旧小区改造", "稳岗就业", "养老服务体系建设", "农村公路建设",
            "生态环境保护督察整改", "“放管服”改革", "一网通办", "数字乡村建设", "文旅融合发展", "春运交通保障");

    static final List<String> PLANS = List.of("实施方案", "工作方案", "管理办法", "实施细则", "行动计划", "若干措施", "暂行办法",
            "三年行动方案", "考核办法", "应急预案");

    static final List<String> STATISTICS = List.of("规模以上工业增加值", "社会消费品零售总额", "固定资产投资", "居民人均可支配收入",
            "一般公共预算收入", "城镇调查失业率", "居民消费价格", "农林牧渔业总产值");

    static final List<String> SERVICE_ITEMS = List.of(
            "企业投资项目备案", "建设工程规划许可证核发", "食品经营许可", "城乡居民基本养老保险参保登记", "残疾人证申领",
            "最低生活保障审批", "内地居民婚姻登记", "中小学教师资格认定", "医师执业注册", "道路运输经营许可", "取水许可",
            "林木采伐许可证核发", "特种设备使用登记", "户口迁移", "居民身份证申领", "机动车驾驶证换证", "个体工商户设立登记",
            "社会团体成立登记", "民办非企业单位成立登记", "公共场所卫生许可", "建筑工程施工许可证核发", "商品房预售许可",
            "排污许可", "出版物零售单位设立审批", "烟花爆竹经营许可", "临时救助", "特困人员认定", "失业登记",
            "就业困难人员认定", "高龄津贴发放", "医疗救助", "药品零售企业许可", "不动产登记", "养老保险关系转移",
            "生育登记", "法律援助申请", "燃气经营许可", "城市道路占用挖掘许可", "户外广告设置许可", "农药经营许可",
            "种子生产经营许可", "动物防疫条件合格证核发", "档案查阅", "退役军人优待证申领", "二级建造师注册",
            "水土保持方案审批", "宗教活动场所设立", "护士执业注册", "放射诊疗许可", "营业性演出审批");

    static final List<String> THEMATIC_SERVICES = List.of("开办企业一件事", "出生一件事", "退休一件事", "就医一件事",
            "二手房转移登记一件事", "企业注销一件事", "残疾人服务一件事", "入学一件事", "军人退役一件事", "身后一件事");

    static final List<String> BROWSERS = List.of("Internet Explorer 11", "360安全浏览器(兼容模式)", "Firefox", "Safari");

    /** Account name suffixes with the unit that runs such an account. */
    static final List<String[]> ACCOUNT_KINDS = List.of(
            new String[] {"发布", "融媒体中心"}, new String[] {"融媒", "融媒体中心"}, new String[] {"政务", "人民政府办公室"},
            new String[] {"教育", "教育委员会"}, new String[] {"卫健", "卫生健康委员会"}, new String[] {"公安", "公安局"},
            new String[] {"交通", "交通局"}, new String[] {"税务", "税务局"}, new String[] {"人社", "人力资源和社会保障局"},
            new String[] {"市场监管", "市场监督管理局"}, new String[] {"应急", "应急管理局"},
            new String[] {"文旅", "文化和旅游发展委员会"}, new String[] {"消防", "消防救援大队"}, new String[] {"司法", "司法局"},
            new String[] {"民政", "民政局"});

    static final List<String> ERROR_TYPES = List.of("咨询电话有误", "投诉电话有误", "办理地点与实际不符", "收费标准与实际不符",
            "办理时限与实际不符", "申请材料与实际要求不一致");

    private ChineseNames() {
    }

    static <T> T pick(SplittableRandom r, List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    /**
     * @param r random source
     * @param place the site's place, e.g. 丰都县
     * @param unit the site's unit
     * @param kind what kind of page the title is for (a {@link org.govweb.scoring.website.ColumnKind} name or "HOME")
     * @param date the publication date (may be null)
     * @return a publication title as such pages are titled
     */
    static String title(SplittableRandom r, String place, String unit, String kind, LocalDate date) {
        int year = date == null ? 2024 : date.getYear();
        int month = date == null ? 1 : date.getMonthValue();
        return switch (kind) {
            case "NEWS", "HOME" -> switch (r.nextInt(5)) {
                case 0 -> place + "召开" + pick(r, MEETINGS);
                case 1 -> place + "主要领导调研" + pick(r, TOPICS) + "工作";
                case 2 -> pick(r, TOWNS) + "扎实推进" + pick(r, TOPICS);
                case 3 -> place + pick(r, DEPARTMENTS) + "开展" + pick(r, TOPICS) + "专项行动";
                default -> place + pick(r, TOPICS) + "工作取得阶段性成效";
            };
            case "NOTICES" -> switch (r.nextInt(3)) {
                case 0 -> "关于做好" + year + "年" + pick(r, TOPICS) + "工作的通知";
                case 1 -> "关于" + pick(r, TOPICS) + "有关事项的公示";
                default -> year + "年" + place + pick(r, DEPARTMENTS) + "公开招聘工作人员公告";
            };
            case "POLICY_DOCS" -> switch (r.nextInt(2)) {
                case 0 -> unit + "关于印发" + place + pick(r, TOPICS) + pick(r, PLANS) + "的通知";
                default -> unit + "关于进一步加强" + pick(r, TOPICS) + "工作的实施意见";
            };
            case "POLICY_INTERPRETATION" -> (r.nextBoolean() ? "图解:" : "") + "《" + place + pick(r, TOPICS)
                    + pick(r, PLANS) + "》政策解读";
            case "DATA_RELEASE" -> year + "年" + month + "月" + place + pick(r, STATISTICS) + "情况";
            case "OVERVIEW" -> place + pick(r, OVERVIEW);
            case "ORG_FUNCTIONS" -> unit + "主要职责";
            case "LEADERS" -> "领导简历及分工";
            case "CONSULTATION", "PETITION", "DISCIPLINE" -> "关于" + pick(r, TOPICS) + "问题的答复";
            case "INTERVIEW" -> pick(r, DEPARTMENTS) + "负责人谈" + pick(r, TOPICS);
            case "SURVEY" -> "关于征求《" + place + pick(r, TOPICS) + pick(r, PLANS) + "(征求意见稿)》意见的公告";
            default -> switch (r.nextInt(3)) {
                case 0 -> year + "年" + pick(r, DEPARTMENTS) + "部门预算公开";
                case 1 -> place + year + "年" + pick(r, TOPICS) + "工作情况";
                default -> "关于" + pick(r, TOPICS) + "的工作提示";
            };
        };
    }

    /** @return a random lower-case ASCII domain label of the given length */
    static String domainLabel(SplittableRandom r, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }
}
