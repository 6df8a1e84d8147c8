/**
 * The engine's sentences in Chinese (the shape: sentences.ts). Terms as the glossary fixes them
 * (cases/glossary-zh.yaml): 编码手册 for the codebook, 案例库 for the case-base, 热线, 现场视察, 术语表.
 */
import type { Sentences } from './sentences.ts';

/** No space beside Chinese punctuation. */
const tidy = (s: string) => s.replace(/\s*(——|[，。：；（）])\s*/g, '$1');
/** A name set in Chinese text: a name in Latin letters (a record without Chinese yet) gets a space either side. */
const name = (s: string) => (/^\p{Script=Han}/u.test(s) && /\p{Script=Han}$/u.test(s) ? s : ` ${s} `);

export const sentencesZh: Sentences = {
  queryName: '本查询',
  listSeparator: '、',
  sharedBoth: (feature, value) => `${feature}：两者皆为${value}。`,
  sharedClose: (feature, q, qName, p, pName) => tidy(`${feature}：相近——${name(qName)}为${q}，${name(pName)}为${p}。`),
  disanalogy: (feature, q, qName, p, pName) => tidy(`${feature}：${name(qName)}为${q}，而${name(pName)}为${p}。`),
  outOfScope: (phrase, name, why, closest) =>
    `“${phrase}”指的是 ${name}，它不在案例库的范围之内（原因，英文原文：${why}）。` +
    `范围之内最接近的记录：${closest.join('；')}。`,
  understandingNone:
    '这些词语与编码手册和各条记录都不相符，因此不给出排名。' +
    '请说明措施做什么（例如热线、事先通报试验、现场视察、共同术语表）、由谁参与（政府、军队、科学家、企业）、' +
    '管辖什么，或举出您心目中的先例，或选择一项拟议措施。',
  understandingNothingInCodebook:
    '这些词语都不在编码手册之中，因此查询的任何特征都无从得知，排名仅依据与各条记录的字词重合。' +
    '请说明措施做什么、由谁参与，或手动设定特征。',
  understandingLow: (percent) =>
    `引擎只理解了这些词语中的 ${percent}%，因此这一排名的依据很薄弱。` +
    '请核对从您的文字中读出的特征，并补充措施做什么、由谁参与。',
  rankRange: (r) => (r.rankMin === r.rankMax ? `始终排第 ${r.rankMin} 位` : `排第 ${r.rankMin}–${r.rankMax} 位`),
  robustnessWeights: (k, percent, runs, range) =>
    `在 ${runs} 次随机重设权重中，有 ${percent} 保持在前 ${k} 名；${range}。`,
  robustnessCoding: (k, percent, runs, range) =>
    `对以低或中等置信度编码的取值做 ${runs} 次合理的重新编码，有 ${percent} 保持在前 ${k} 名；${range}。`,
};
