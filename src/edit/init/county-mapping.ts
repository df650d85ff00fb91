import type { Carriers } from '../../model/responsibilities.js';

/**
 * How the source (city) bureau's units map to a county 市场监管局's, for `init --profile
 * county-bureau`. Only where the county unit does the same work; the reasons are in
 * docs/工作区-组织与职责.md. A city unit mapped to null leaves its indicators to assign.
 */
export const CITY_TO_COUNTY: Readonly<Record<string, string | null>> = {
  bangongshi: 'bangongshi', // 办公室 → 办公室: the same office
  fagui: 'fagui', // 法规科 → 法规股: the 法制 function, one level down
  'renshi-jiaoyu': 'renshi', // 人事教育科 → 人事股: personnel and training
  'caiwu-zhuangbei': 'caiwu', // 财务装备科 → 财务股: finance and equipment
  'zhengwu-fuwu': 'dengji-zhuce', // 政务服务科 → 登记注册股: registration and licensing (审批服务) at county level
  'zhifa-jicha': 'zhifa-dadui', // 执法稽查科 → 执法大队: case handling is the 大队's at county level
  'zhifa-zhidui': 'zhifa-dadui', // 综合行政执法支队 → 执法大队: the same force, one level down
  'zonghe-guihua': null, // 综合规划科: planning/statistics sit in different 股 from county to county
  zonghe: null, // 综合科: no counterpart named
  'xinyong-jianguan': null, // 信用监管科: often in 登记注册股 or a 所; left to the bureau
  fanlongduan: null, // 反垄断科: anti-monopoly enforcement is a provincial/city power
  'jiguan-dangwei': null, // 机关党委（机关纪委）: party organs are not in the county unit list
  'wujia-fenju': null, // 物价分局: city 分局, no county counterpart
  'xiaobao-fenju': null, // 消保分局: city 分局, no county counterpart
};

/** The groups the county profile defines under the same names as the table. */
const COUNTY_GROUPS = new Set(['各有关单位', '各有关科室', '各行政执法单位', '各执法单位']);

/** City carriers → county carriers: mapped units, kept groups, duplicates dropped; unmapped units listed. */
export function mapToCounty(city: Carriers): { carriers: Carriers; unmapped: string[] } {
  const unmapped: string[] = [];
  const map = (ids: string[]) => {
    const out: string[] = [];
    for (const id of ids) {
      const to = COUNTY_GROUPS.has(id) ? id : (CITY_TO_COUNTY[id] ?? null);
      if (to === null) unmapped.push(id);
      else if (!out.includes(to)) out.push(to);
    }
    return out;
  };
  const lead = map(city.lead);
  const cooperate = map(city.cooperate).filter((c) => !lead.includes(c));
  return { carriers: { lead, cooperate }, unmapped };
}
