// Words people use: agency aliases, measures, intents, and an English → Chinese glossary.
import { REPORT_GLOSSARY } from './glossary-reports.js';
import type { AgencyCode } from '../dataset/schema.js';
import { agencyRegistry, ministryOf } from '../dataset/agencies.js';

export interface AgencyInfo {
  code: AgencyCode;
  zh: string;
  en: string;
  short: string;
  aliases: string[]; // normalised (lower-case, no spaces inside CJK)
}

/** The agencies and their names: the registry's (data/agencies.json). */
export const AGENCIES: AgencyInfo[] = agencyRegistry().map((a) => ({ code: a.code, zh: a.name, en: a.en, short: a.short, aliases: a.aliases }));

/** "數位發展部" alone: the ministry proper or the ministry-level total. */
export const AMBIGUOUS_MINISTRY: string[] = ministryOf(agencyRegistry()).total.ambiguous ?? [];

const MINISTRY = ministryOf(agencyRegistry());
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The ministry's own names (the ministry proper's, and those that stand for it or the whole), in a pattern. */
const MINISTRY_NAMES = AMBIGUOUS_MINISTRY.map(escaped).join('|');

export function agencyInfo(code: AgencyCode): AgencyInfo {
  return AGENCIES.find((a) => a.code === code)!;
}

/** English phrases → the Chinese words the documents use. Longest phrases first. */
export const GLOSSARY: [string, string][] = ([
  ['budgeted to date', '已編列預算'],
  ['budgeted so far', '已編列預算'],
  ['executed to date', '累計執行數'],
  ['spent to date', '累計執行數'],
  ['spent so far', '累計執行數'],
  ['general administration', '一般行政'],
  ['administrative', '一般行政'],
  ['overseas travel', '派員出國'],
  ['travel abroad', '派員出國'],
  ['trips abroad', '派員出國'],
  ['foreign travel', '國外旅費'],
  ['personnel costs', '人事費'],
  ['personnel cost', '人事費'],
  ['personnel expenses', '人事費'],
  ['official vehicles', '公務車'], ['official cars', '公務車'],
  ['spend on personnel', '人事費'], ['spent on personnel', '人事費'], ['personnel spending', '人事費'],
  ['staff costs', '人事費'],
  ['personnel budget', '人事費'], ['personnel', '人事費'],
  ['overtime', '加班值班費'],
  ['equipment and investment', '設備及投資'],
  ['capital expenditure', '資本支出'],
  ['capital spending', '資本支出'],
  ['current expenditure', '經常支出'],
  ['operating expenses', '業務費'],
  ['operating costs', '業務費'],
  ['grants and subsidies', '獎補助費'],
  ['grants', '補助及捐助'],
  ['subsidies', '獎補助費'],
  ['donations', '捐助'],
  ['donation', '捐助'],
  ['commissioned projects', '委辦'],
  ['commissioned work', '委辦費'],
  ['commissioned', '委辦'],
  ['first reserve fund', '第一預備金'],
  ['reserve fund', '第一預備金'],
  ['reserve', '預備金'],
  ['user fees', '使用規費收入'],
  ['administrative fees', '行政規費收入'],
  ['fee revenue', '規費收入'],
  ['fees', '規費收入'],
  ['spectrum', '頻率及電信號碼使用費'],
  ['rental income', '租金收入'],
  ['rent', '租金收入'],
  ['interest income', '利息收入'],
  ['interest', '利息收入'],
  ['property income', '財產收入'],
  ['fines', '罰款及賠償收入'],
  ['miscellaneous revenue', '雜項收入'],
  ['miscellaneous income', '雜項收入'],
  ['miscellaneous', '雜項收入'],
  ['certificate fees', '證照費'],
  ['licence fees', '證照費'],
  ['license fees', '證照費'],
  ['revenue', '歲入'],
  ['income', '收入'],
  ['authorised positions', '預算員額'],
  ['authorized positions', '預算員額'],
  ['positions', '員額'],
  ['headcount', '員額'],
  ['civil servants', '職員'],
  ['contract staff', '聘用'],
  ['actual staff', '實際員額'], ['actually', '實際'],
  ['execution rate', '執行率'],
  ['final account', '決算'],
  ['actual spending', '決算'],
  ['special budget', '特別預算'],
  ['general budget', '主管總預算'],
  ['cybersecurity industry', '資安產業'],
  ['cyber security industry', '資安產業'],
  ['cyber security', '資通安全'],
  ['cybersecurity', '資通安全'],
  ['digital resilience', '數位韌性'],
  ['democracy network', '民主網絡'],
  ['open data', '開放資料'],
  ['members', '會員人數'],
  ['circuits', '總電路數'],
  ['accessibility marks', '無障礙網頁有效標章數'],
  ['marks', '標章'],
  ['platforms', '平臺'],
  ['connected agencies', '介接機關'],
  ['agencies connected', '介接機關'],
  ['accessibility', '無障礙'],
  ['disaster-resilient', '高抗災'],
  ['zero trust', '零信任'],
  ['hackathon', '黑客松'],
  ['presidential hackathon', '總統盃黑客松'],
  ['low earth orbit', '低軌'],
  ['satellite', '衛星'],
  ['third-party payment', '第三方支付'],
  ['digital youth ambassadors', '數位青年T大使'],
  ['vehicles', '車輛'],
  ['office space', '辦公房屋'],
  ['object class', '用途別'],
  ['compensation of employees', '受僱人員報酬'],
  ['purchases of goods and services', '商品及勞務購買支出'],
  ['goods and services', '商品及勞務購買支出'],
  ['current transfers', '經常移轉'],
  ['capital transfers', '資本移轉'],
  ['fixed capital formation', '固定資本形成'],
  ['intangible assets', '無形資產購入'],
  ['economic classification', '經濟性分類'],
  ['economic class', '經濟性分類'],
  ['approved total', '總經費'],
  ['total cost', '總經費'],
  ['executed', '累計執行'],
  ['major plan', '重大計畫'],
  ['programme', '業務計畫'],
  ['program', '業務計畫'],
  ['work plan', '工作計畫'],
  ['agencies', '機關'],
  ['agency', '機關'],
  // the reports' prose, in the words English speakers use for it
  ['exhibitors', '參展'], ['exhibitor', '參展'], ['visitors', '參觀人次'], ['attendees', '參與人次'],
  ['downloaded', '下載'], ['downloads', '下載'], ['download', '下載'],
  ['anti-fraud', '打詐'], ['fraud', '詐騙'], ['confirmed', '確認'], ['scam', '詐騙'], ['reporting app', '通報app'],
  ['universal cash handout', '普發現金'], ['cash handout', '普發現金'], ['claimed', '請領'],
  ['cumulative', '累計'], ['so far', '至今'], ['to date', '至今'], ['users', '使用人次'], ['usage', '使用量'],
  ['projected', '預計'], ['output value', '產值'], ['output', '產值'], ['industry', '產業'],
  ['private network', '專網'], ['applications', '申請案'], ['reviewed', '審查'], ['approved applications', '核准'],
  ['fined', '裁罰'], ['fines imposed', '裁罰'], ['penalties', '裁罰'], ['penalised', '裁罰'], ['penalized', '裁罰'],
  ['tokens', 'tokens'], ['training corpus', '訓練語料庫'], ['corpus', '語料庫'], ['sovereign ai', '主權ai'],
  ['products', '產品'], ['conformity verification', '符合性驗證'], ['verification', '驗證'], ['passed', '通過'],
  ['attacks', '攻擊'], ['incidents', '事件'], ['intercepted', '攔截'], ['intercept', '攔截'], ['blocked', '阻擋'], ['per month', '每月'], ['monthly', '每月'],
  ['malicious emails', '惡意郵件'], ['malicious web pages', '惡意網頁'], ['detected', '偵測'],
  ['domestic-brand', '國產品牌'], ['domestic brand', '國產品牌'], ['base stations', '基地臺'], ['base station', '基地臺'],
  ['equipment', '設備'], ['newly built', '新建'], ['share of', '比例'],
  ['news', '新聞'], ['fund', '基金'], ['received grants', '獲補助'], ['grants from', '補助'],
  ['cloud services', '雲端服務'], ['joint supply contracts', '共同供應契約'], ['joint procurement', '共同供應契約'],
  ['government agencies', '政府機關'], ['agencies spend on', '機關採購'], ['agencies spent on', '機關採購'],
  ['security alliance', '資安聯盟'], ['alliance', '聯盟'], ['membership', '會員'],
  ['coverage', '涵蓋率'], ['broadband', '寬頻'], ['remote areas', '偏遠地區'], ['rural', '偏鄉'],
  ['gold mark', '金標章'], ['datasets', '資料集'], ['dataset', '資料集'],
  ['gold cards', '就業金卡'], ['gold card', '就業金卡'], ['employment gold card', '就業金卡'],
  ['hotspots', '熱點'], ['certificates', '憑證'], ['digital wallet', '數位憑證皮夾'],
  ['future scenarios', '未來情境'], ['innovative applications', '創新應用'], ['smart government', '智慧政府'],
  ['backbone network', '骨幹網路'], ['critical communications', '關鍵通傳'], ['joint defence', '聯防'], ['joint defense', '聯防'],
  ['early-stage r&d', '先期研發'], ['early-stage', '先期'], ['r&d', '研發'], ['resilience', '韌性'], ['core network', '核心網路'],
  ['satellites', '衛星'], ['non-terrestrial', '非地面'], ['high-altitude platform', '高空通訊平臺'],
  ['cloud', '雲端'], ['talent', '人才'], ['training', '培訓'], ['trainees', '參訓人次'],
  ['startups', '新創'], ['small and medium enterprises', '中小企業'], ['smes', '中小企業'], ['revenue growth', '新增營收'],
  ['investment', '投資'], ['procurement', '採購'], ['contracts', '契約'], ['signed', '簽約'],
  ['teams', '隊'], ['registered', '報名'], ['weekly report', '週報'], ['issues', '期'],
  ...REPORT_GLOSSARY,
  // an agency's English name is read as the agency before its words are ("cyber security" in ACS's name)
  ...AGENCIES.flatMap((a) => a.aliases.filter((alias) => / /.test(alias) && /^[a-z -]+$/.test(alias)).map((alias) => [alias, a.aliases[0]])),
  ...AMBIGUOUS_MINISTRY.filter((alias) => / /.test(alias)).map((alias) => [alias, AMBIGUOUS_MINISTRY[0]]),
] as [string, string][]).sort((a, b) => b[0].length - a[0].length);

export type MeasureWord = 'budget' | 'previous' | 'final' | 'change' | 'rate' | 'approved' | 'budgetedToDate' | 'executedToDate';

/** Acronyms the documents spell out in Chinese: a record that says 政府骨幹網路 mentions GSN. */
export const ACRONYMS: Record<string, string> = {
  gsn: '政府骨幹網路',
  haps: '高空通訊平臺',
  ntn: '非地面通訊',
  isac: '資安資訊分享',
  ai: '人工智慧',
};

/** Everyday words for what the documents call otherwise (被罰 → 裁罰): read as the documents' words. */
export const SYNONYMS: [RegExp, string][] = [
  [/被罰了?|罰了|罰款|罰鍰/g, '裁罰'],
  [/擋掉|擋下|攔下/g, '阻擋'],
  [/審完|審了|審過/g, '審查'],
  [/撤銷|被撤|撤照/g, '廢止'],
  [/累積/g, '累計'],
  // the ministry with both its administrations is the ministry-level total
  [new RegExp(`(?:${MINISTRY_NAMES}|the ministry)\\s*(?:as a whole|overall|,?\\s*(?:and|including|with) (?:both|its two|the two|its) administrations|(?:及|和|與|連同|含)兩署)(?:\\s*(?:and|,)?\\s*(?:including|with) (?:both|its two|the two) administrations)?`, 'g'), MINISTRY.total.name],
  // "the ministry budget" is the ministry-level total's
  [/\b(?:the )?(?:whole |entire )?ministry(?:'s)? (?:total )?budget\b/g, `${MINISTRY.total.name}預算`],
  // "(including both administrations)" after the ministry-level total describes the total, names no part
  [/(?<=(?:ministry-level|ministry level|\btotal\b|as a whole|overall|主管)[^?？]{0,40}?)\s*[(（]?\s*(?:including|incl\.?|with|含|包括|連同)\s*(?:both|the two|its two|兩|兩個)\s*(?:administrations|署)\s*[)）]?/g, ' '],
  // the two administrations together
  [/兩署|兩個署|二署/g, MINISTRY.administrations.map((a) => a.name).join('和')],
  [/(?:both|the two|its two) administrations/g, MINISTRY.administrations.map((a) => a.short.toLowerCase()).join(' and ')],
  [/發了|發出/g, '核發'],
  [/下載量|被下載|下載次數/g, '下載'],
  [/報名了/g, '報名'],
  [/每個月/g, '每月'],
  [/首長座車|首長的車/g, '首長專用車'],
  // 資本門 alone (not 資本門獎補助費) is the capital expenditure
  [/資本門(?=預算|經費|多少|是多少|合計|總額|$|[?？\s])/g, '資本支出'],
  [/經常門(?=預算|經費|多少|是多少|合計|總額|$|[?？\s])/g, '經常支出'],
  [/(?<![哪第前上下同整])一年/g, '每年'],
  // the whole that includes the special budget is the table's total row
  [/(?:含|包含|包括|連同|including\s*(?:the\s*)?)\s*特別預算/g, '合計'],
];

/** What a question asks to be done with the figures it names. */
export type Operation =
  | 'value' // one figure
  | 'diff' // the difference of two figures: two years, two agencies, or budget and final account
  | 'changePct' // a change between two years as a percentage of the earlier one
  | 'share' // a part as a percentage of its whole
  | 'ratio' // an execution rate computed from two figures of one thing
  | 'remaining' // budgeted but not yet executed
  | 'rank'
  | 'breakdown'
  | 'sum'
  | 'count' // how many things of a kind (重大計畫, 委辦計畫)
  | 'when' // the year something starts or ends (a major plan's period)
  | 'series'; // every year's figure between two years, or all the years the data has

