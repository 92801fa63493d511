// Indicators that recur across documents, so their figures form one series. A quoted count joins a
// series when its clause (with the nearest heading) contains every `must` word and its unit fits.
// Counts that match no definition are kept too, each under a key of its own.

export interface KpiDefinition {
  key: string;
  metric: string;
  metricEn: string;
  keywords: string[];
  /** words (spaces ignored) the clause must contain */
  must: string[];
  /** at least one of these, when given */
  any?: string[];
  /** the counting word the figure must carry (null: a bare 萬/億 number) */
  units?: (string | null)[];
  unit?: 'person' | 'count' | 'percent';
  /** where the `must` words may stand: the figure's own clause (default) or its sentence up to the figure */
  scope?: 'clause' | 'sentence';
  unitLabel?: string;
}

export const KPI_DEFINITIONS: KpiDefinition[] = [
  { key: 'mydata_agencies', metric: 'MyData 介接機關數', metricEn: 'Agencies connected to MyData', keywords: ['MyData', '介接機關', 'agencies connected'], must: ['MyData', '介接'], units: ['個機關'], scope: 'sentence', unit: 'count', unitLabel: '個機關' },
  { key: 'mydata_members', metric: 'MyData 會員人數', metricEn: 'MyData members', keywords: ['MyData', '會員', '會員人數', 'members'], must: ['會員人數'], units: [null, '人'], unit: 'person', unitLabel: '人' },
  { key: 'accessibility_marks', metric: '無障礙網頁有效標章數', metricEn: 'Valid web accessibility marks', keywords: ['無障礙', '標章', '有效標章', 'accessibility marks'], must: ['有效標章'], units: ['筆'], unit: 'count', unitLabel: '筆' },
  { key: 'accessibility_manual_checks', metric: '無障礙網頁人工檢測件數', metricEn: 'Manual web accessibility checks', keywords: ['無障礙', '人工檢測'], must: ['人工檢測'], units: ['件'], unit: 'count', unitLabel: '件' },
  { key: 'gsn_circuits', metric: 'GSN 總電路數', metricEn: 'GSN (Government Service Network) circuits', keywords: ['GSN', '電路', '總電路數', 'circuits'], must: ['GSN', '電路'], units: ['路'], unit: 'count', unitLabel: '路' },
  { key: 'third_party_payment_registered', metric: '第三方支付能量登錄通過業者數', metricEn: 'Third-party payment providers registered', keywords: ['第三方支付', '能量登錄', 'third-party payment'], must: ['登錄'], any: ['通過能量登錄', '完成登錄'], units: ['家'], unit: 'count', unitLabel: '家' },
  { key: 'resilient_telecom_platforms', metric: '高抗災通訊平臺建置數', metricEn: 'Disaster-resilient telecom platforms built', keywords: ['高抗災', '通訊平臺', '高抗災通訊平臺'], must: ['高抗災通訊平臺'], units: ['座'], unit: 'count', unitLabel: '座' },
  { key: 'digital_youth_t_ambassadors', metric: '數位青年 T 大使培育人數', metricEn: 'Digital Youth T Ambassadors trained', keywords: ['T大使', '數位青年', 'ambassadors'], must: ['T大使'], units: ['位'], unit: 'person', unitLabel: '位' },
];
