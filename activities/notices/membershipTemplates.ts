/**
 * Templates of the using-unit membership notices (rules.md §8(b)): the invitation and application
 * paths (P-UU-01 N-01, P-UU-02 N-02/N-03), the use request and its decision (N-04, N-06), the
 * invitation's lapse (Q-28), suspension and restoration by a case (N-14), a termination filing
 * naming the using unit and the membership's end (T-08 N-19, N-14, N-24), and the flow-data duty
 * (T-17 N-30, O-27). Each schema is the facts `machines/membership/machine.ts` sends; every one
 * carries `usingUnit` (its USCC) and `name` from `base(context)`.
 */
import { z } from 'zod';
import { addDays, CalendarDate } from '../../machines/calendar.js';
import { atInstant, onDate } from './dates.js';
import type { Action, NoticeContent, NoticeContext, TemplateDef } from './templateDef.js';
import { bi, LABELS, type Bilingual } from './text.js';

const day = CalendarDate.nullish().transform((v) => v ?? null);
const text = z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined || v === '' ? null : String(v)));
const count = z.number().nullish().transform((v) => v ?? null);

const template = <S extends z.ZodType>(facts: S, render: (facts: z.output<S>, context: NoticeContext) => NoticeContent): TemplateDef<S> => ({ facts, render });

const dash = LABELS.none;
const plain = (s: string | null): Bilingual => (s ? bi(s, s) : dash);
const dayOr = (d: string | null): Bilingual => (d ? onDate(d) : dash);
const words = (table: Record<string, Bilingual>, value: string | null): Bilingual => (value ? (table[value] ?? bi(value, value)) : dash);
const nothing = (what: Bilingual): Action => ({ what, by: null });
/** `2029-01-01` → the instant it starts: `2029-01-01 00:00（北京时间）` / `1 Jan 2029, 00:00 (CST)` */
const startOf = (d: string): Bilingual => {
  const o = onDate(d);
  return bi(o.zh.replace('（北京时间）', ' 00:00（北京时间）'), o.en.replace(' (CST)', ', 00:00 (CST)'));
};
/** a sentence that starts with `using unit …` */
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** the first instant after the last day `d` */
const endsAt = (d: string): Bilingual => startOf(addDays(d, 1));

/** what every membership notice carries: the using unit's USCC and name */
const Who = { usingUnit: text, name: text };

/** the using unit by name and USCC: `使用单位“某某”（统一社会信用代码：…）` / `using unit X (USCC …)` */
function usingUnit(f: { usingUnit: string | null; name: string | null }): Bilingual {
  const id = f.usingUnit ?? '—';
  return f.name
    ? bi(`使用单位“${f.name}”（${LABELS.uscc.zh}：${id}）`, `using unit ${f.name} (${LABELS.uscc.en} ${id})`)
    : bi(`使用单位（${LABELS.uscc.zh}：${id}）`, `using unit (${LABELS.uscc.en} ${id})`);
}

const usingUnitDetail = (f: { usingUnit: string | null; name: string | null }) => ({
  label: bi('使用单位', 'Using unit'),
  value: f.name ? bi(`${f.name}（${f.usingUnit ?? '—'}）`, `${f.name} (${f.usingUnit ?? '—'})`) : plain(f.usingUnit),
});

// E-UU-2: machines/schemas/forms.ts UsingUnitRelationship, and NONE as declared
const RELATIONSHIP: Record<string, Bilingual> = {
  SELF: bi('直连单位自身', 'the direct-connect unit itself'),
  HEAD_BRANCH: bi('同一总分公司（总分支机构）', 'same head office and branches'),
  GROUP_MEMBER: bi('同一集团企业成员单位', 'member of the same enterprise group'),
  EQUITY_CONTROL: bi('具备相互股权控制关系', 'mutual equity control'),
  NONE: bi('无关联关系', 'no relationship'),
};

// E-UU-7
const SECTOR: Record<string, Bilingual> = {
  RAILWAY: bi('铁路', 'railway'),
  CIVIL_AVIATION: bi('民航', 'civil aviation'),
  HIGHWAY: bi('公路', 'highway'),
  OTHER_DESIGNATED: bi('省级及以上税务机关确定的其他行业', 'another sector designated at provincial level or above'),
};

const rating = (r: string | null): Bilingual => (r ? bi(`${r} 级`, r) : dash);
/** E-UU-3: B and M owe periodic flow data (O-27) */
const owesFlowData = (r: string | null): boolean => r === 'B' || r === 'M';
const FLOW_DATA = bi('货物流、资金流、现金流的有关数据', 'goods-flow, funds-flow and cash-flow data');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
/** `2028-Q2` → `2028 年第 2 季度` / `Q2 2028`; `2028-05` → `2028 年 5 月` / `May 2028` */
function period(p: string | null): Bilingual {
  if (!p) return dash;
  const q = /^(\d{4})-Q([1-4])$/.exec(p);
  if (q) return bi(`${q[1]} 年第 ${q[2]} 季度`, `Q${q[2]} ${q[1]}`);
  const m = /^(\d{4})-(\d{2})$/.exec(p);
  const month = m ? Number(m[2]) : 0;
  if (m && month >= 1 && month <= 12) return bi(`${m[1]} 年 ${month} 月`, `${MONTHS[month - 1]} ${m[1]}`);
  return bi(p, p);
}

// ---------------------------------------------------------------------------------------------
// N-01: the DCU invites a using unit (P-UU-01)

const UsingUnitInvited = z.object({ ...Who, relationship: text, lastDay: day, message: text });

function usingUnitInvited(f: z.output<typeof UsingUnitInvited>, { unit, at }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  const rel = words(RELATIONSHIP, f.relationship);
  const accept = bi(
    '通过电子税务局中乐企平台确认邀请信息，填写贵单位的主管税务机关及与直连单位的关系，向贵单位主管税务机关发起使用请求（ACCEPT_INVITATION）；并提供能够证明与直连单位关联关系的材料（省级及以上税务机关确定的铁路、民航、公路等行业单位无需提供，E-UU-7）',
    'confirm the invitation on the Leqi platform of the e-tax bureau, fill in your competent tax authority and your relationship with the direct-connect unit, and submit a use request to your competent tax authority (ACCEPT_INVITATION), with material proving the relationship (not needed in railway, civil aviation, highway or other sectors designated at provincial level or above, E-UU-7)',
  );
  return {
    title: bi('乐企使用单位邀请', 'Invitation to become a Leqi using unit'),
    happened: bi(
      `直连单位“${unit.zh}”于 ${atInstant(at).zh}通过乐企平台邀请${uu.zh}成为其乐企自用的使用单位（关联关系：${rel.zh}）。${f.message ? `附言：${f.message}` : ''}`,
      `On ${atInstant(at).en} the direct-connect unit ${unit.en} invited ${uu.en} through the Leqi platform to become a using unit of its self-use system (relationship: ${rel.en}).${f.message ? ` Message: ${f.message}` : ''}`,
    ),
    todo: {
      usingUnits: f.lastDay
        ? {
            what: bi(
              `如接受邀请，请不晚于 ${onDate(f.lastDay).zh}${accept.zh}。逾期未确认的，邀请自 ${endsAt(f.lastDay).zh}起失效。`,
              `To accept, no later than ${onDate(f.lastDay).en}, ${accept.en}. Unconfirmed, the invitation lapses at ${endsAt(f.lastDay).en}.`,
            ),
            by: f.lastDay,
          }
        : nothing(bi(`如接受邀请，请${accept.zh}。`, `To accept, ${accept.en}.`)),
    },
    details: [
      usingUnitDetail(f),
      { label: bi('关联关系（直连单位填报）', 'Relationship (as the direct-connect unit states it)'), value: rel },
      { label: bi('确认邀请截止日（含当日）', 'Last day to accept'), value: dayOr(f.lastDay) },
      ...(f.message ? [{ label: bi('附言', 'Message'), value: plain(f.message) }] : []),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// N-02: a using unit applies to the DCU (P-UU-02)

const AuthorizationApplied = z.object({ ...Who, relationship: text, rating: text });

function authorizationApplied(f: z.output<typeof AuthorizationApplied>, { unit, at }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  const rel = words(RELATIONSHIP, f.relationship);
  const flow = owesFlowData(f.rating)
    ? bi(`该单位纳税信用等级为 ${f.rating} 级，接入后需定期提供${FLOW_DATA.zh}（O-27）。`, `It is rated ${f.rating}, so once admitted it must periodically provide ${FLOW_DATA.en} (O-27).`)
    : bi('', '');
  return {
    title: bi('使用单位授权申请', 'Authorization application from a using unit'),
    happened: bi(
      `${uu.zh}于 ${atInstant(at).zh}通过乐企平台向直连单位“${unit.zh}”发起授权申请，申请通过其乐企自用使用乐企服务（申报的关联关系：${rel.zh}；纳税信用等级：${rating(f.rating).zh}）。`,
      `On ${atInstant(at).en} ${uu.en} applied through the Leqi platform to the direct-connect unit ${unit.en} for authorization to use Leqi services through its self-use system (declared relationship: ${rel.en}; tax credit rating: ${rating(f.rating).en}).`,
    ),
    todo: {
      unit: nothing(
        bi(
          `请审核该授权申请并核实其符合使用单位接入条件（E-UU-1 至 E-UU-7）：同意的，请在乐企平台确认（CONSENT_TO_USING_UNIT），使用请求随即提交使用单位主管税务机关确认；不同意的，请附理由拒绝（DECLINE_USING_UNIT）。${flow.zh}`,
          `Review the application and check that the applicant meets the using-unit conditions (E-UU-1 to E-UU-7): to consent, confirm it on the Leqi platform (CONSENT_TO_USING_UNIT), and the use request goes to the using unit's competent tax authority; otherwise decline it with your reason (DECLINE_USING_UNIT).${flow.en ? ` ${flow.en}` : ''}`,
        ),
      ),
    },
    details: [usingUnitDetail(f), { label: bi('申报的关联关系', 'Declared relationship'), value: rel }, { label: bi('纳税信用等级', 'Tax credit rating'), value: rating(f.rating) }],
  };
}

// ---------------------------------------------------------------------------------------------
// N-03: the DCU's decision on the application (P-UU-02)

const AuthorizationDecided = z.object({ ...Who, decision: z.enum(['consented', 'declined']), opinion: text });

function authorizationDecided(f: z.output<typeof AuthorizationDecided>, { unit, at }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  const details = [usingUnitDetail(f), { label: bi('直连单位意见', 'Opinion of the direct-connect unit'), value: plain(f.opinion) }];
  if (f.decision === 'consented') {
    return {
      title: bi('直连单位已同意授权申请', 'Authorization application consented'),
      happened: bi(
        `直连单位“${unit.zh}”于 ${atInstant(at).zh}同意了${uu.zh}的授权申请，使用请求已提交使用单位主管税务机关确认。${f.opinion ? `意见：${f.opinion}` : ''}`,
        `On ${atInstant(at).en} the direct-connect unit ${unit.en} consented to the authorization application of ${uu.en}; the use request has gone to the using unit's competent tax authority.${f.opinion ? ` Opinion: ${f.opinion}` : ''}`,
      ),
      todo: {
        usingUnits: nothing(bi('请等待贵单位主管税务机关确认；确认结果及相关意见可在乐企平台查询，并将以邮件通知。', 'Wait for your competent tax authority to decide; the result and its opinion will be on the Leqi platform and sent to you by e-mail.')),
      },
      details,
    };
  }
  return {
    title: bi('直连单位未同意授权申请', 'Authorization application declined'),
    happened: bi(
      `直连单位“${unit.zh}”于 ${atInstant(at).zh}未同意${uu.zh}的授权申请。理由：${f.opinion ?? '—'}`,
      `On ${atInstant(at).en} the direct-connect unit ${unit.en} declined the authorization application of ${uu.en}. Reason: ${f.opinion ?? '—'}`,
    ),
    todo: {
      usingUnits: nothing(
        bi('如有异议，请与直连单位沟通；条件具备后，可在乐企平台重新发起授权申请（APPLY_FOR_AUTHORIZATION）。', 'If you disagree, talk to the direct-connect unit; once the conditions are met you may apply again on the Leqi platform (APPLY_FOR_AUTHORIZATION).'),
      ),
    },
    details,
  };
}

// ---------------------------------------------------------------------------------------------
// N-04: the use request to the using unit's competent tax authority (P-UU-01 / P-UU-02)

const UseRequestSubmitted = z.object({
  ...Who,
  kind: z.enum(['submitted', 'resubmitted']),
  competentAuthority: text,
  relationship: text,
  proof: text,
  exemptSector: text,
  rating: text,
  /** how many conditions the officer must check by hand */
  forOfficer: count,
});

function useRequestSubmitted(f: z.output<typeof UseRequestSubmitted>, { unit, at, ruleId }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  const again = f.kind === 'resubmitted';
  const authority = f.competentAuthority ?? '—';
  const path =
    ruleId === 'P-UU-02'
      ? bi('经直连单位同意授权申请', 'after the direct-connect unit consented to its application')
      : ruleId === 'P-ONB-08'
        ? bi('随直连单位的接入申请一并提出，直连单位已获批准', 'declared with the direct-connect unit’s own application, which has been approved')
        : bi('经直连单位邀请', 'on the direct-connect unit’s invitation');
  const evidence = f.proof
    ? bi(`关联关系证明材料：${f.proof}`, `relationship proof: ${f.proof}`)
    : f.exemptSector
      ? bi(`免于提供关联关系证明（${words(SECTOR, f.exemptSector).zh}，E-UU-7）`, `no relationship proof needed (${words(SECTOR, f.exemptSector).en}, E-UU-7)`)
      : bi('未提供关联关系证明材料', 'no relationship proof provided');
  const manual = f.forOfficer ? bi(`其中 ${f.forOfficer} 项条件需人工核实；`, `${f.forOfficer} condition(s) need your own check; `) : bi('', '');
  return {
    title: again ? bi('使用单位使用请求已重新提交', 'Use request resubmitted') : bi('使用单位使用请求已提交', 'Use request submitted'),
    happened: bi(
      `${uu.zh}于 ${atInstant(at).zh}（${path.zh}）向其主管税务机关（${authority}）${again ? '重新提交了' : '提交了'}使用请求，申请通过直连单位“${unit.zh}”的乐企自用使用乐企服务（关联关系：${words(RELATIONSHIP, f.relationship).zh}；${evidence.zh}；纳税信用等级：${rating(f.rating).zh}）。`,
      `On ${atInstant(at).en} ${uu.en} ${again ? 'resubmitted' : 'submitted'} (${path.en}) a use request to its competent tax authority (${authority}) to use Leqi services through the self-use system of the direct-connect unit ${unit.en} (relationship: ${words(RELATIONSHIP, f.relationship).en}; ${evidence.en}; tax credit rating: ${rating(f.rating).en}).`,
    ),
    todo: {
      officer: nothing(
        bi(
          `该使用请求由使用单位的主管税务机关（${authority}）决定。请核实关联关系及证明材料、纳税信用等级等使用单位接入条件（${manual.zh}E-UU-1 至 E-UU-7），予以确认（APPROVE_USING_UNIT）或附意见退回（RETURN_USING_UNIT）。`,
          `The using unit's competent tax authority (${authority}) decides this request. Check the relationship and its proof, the credit rating and the other using-unit conditions (${manual.en}E-UU-1 to E-UU-7), then approve it (APPROVE_USING_UNIT) or return it with your opinion (RETURN_USING_UNIT).`,
        ),
      ),
      unit: nothing(bi('请知悉；确认结果将以邮件通知。确认后请及时维护与该使用单位的关联关系台账（P-UU-04）。', 'For your information; the decision will be sent by e-mail. Once it is approved, update your ledger of using-unit relationships (P-UU-04).')),
    },
    details: [
      usingUnitDetail(f),
      { label: bi('使用单位主管税务机关', 'Competent tax authority'), value: plain(f.competentAuthority) },
      { label: bi('关联关系', 'Relationship'), value: words(RELATIONSHIP, f.relationship) },
      f.proof ? { label: bi('关联关系证明材料', 'Relationship proof'), value: plain(f.proof) } : { label: bi('免于提供证明的行业', 'Exempt sector'), value: words(SECTOR, f.exemptSector) },
      { label: bi('纳税信用等级', 'Tax credit rating'), value: rating(f.rating) },
      { label: bi('需人工核实的条件（项）', 'Conditions to check by hand'), value: plain(f.forOfficer === null ? null : String(f.forOfficer)) },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// N-06: the competent tax authority's decision (P-UU-01 / P-UU-02)

const UseRequestDecided = z.object({ ...Who, decision: z.enum(['approved', 'returned']), opinion: text, reasons: text, authority: text, on: day });

function useRequestDecided(f: z.output<typeof UseRequestDecided>, { unit }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  const authority = f.authority ?? '—';
  const details = [
    usingUnitDetail(f),
    { label: bi('主管税务机关', 'Competent tax authority'), value: plain(f.authority) },
    { label: bi('决定日期', 'Decided on'), value: dayOr(f.on) },
    { label: bi('税务机关意见', 'Opinion'), value: plain(f.opinion) },
    ...(f.reasons ? [{ label: bi('退回原因', 'Reasons'), value: plain(f.reasons) }] : []),
  ];
  if (f.decision === 'approved') {
    return {
      title: bi('使用请求已确认', 'Use request approved'),
      happened: bi(
        `主管税务机关（${authority}）于 ${dayOr(f.on).zh}确认了${uu.zh}的使用请求，该单位自即日起可通过直连单位“${unit.zh}”的乐企自用使用乐企服务。意见：${f.opinion ?? '—'}`,
        `On ${dayOr(f.on).en} the competent tax authority (${authority}) approved the use request of ${uu.en}; from that day it may use Leqi services through the self-use system of the direct-connect unit ${unit.en}. Opinion: ${f.opinion ?? '—'}`,
      ),
      todo: {
        usingUnits: nothing(
          bi(
            `请接受直连单位按照税务机关要求实施的监管，并按税务机关要求上传相关涉税数据；纳税信用等级为 B、M 级的，需定期提供${FLOW_DATA.zh}（O-27），每期到期前将另行提醒。`,
            `Accept the direct-connect unit's supervision as the tax authority requires and upload tax data as required; if you are rated B or M you must periodically provide ${FLOW_DATA.en} (O-27), and you will be reminded of each period.`,
          ),
        ),
        unit: nothing(bi('请及时维护与该使用单位的关联关系台账（P-UU-04），并按税务机关要求对其日常涉税行为进行监管。', 'Update your ledger of using-unit relationships (P-UU-04) and supervise the using unit’s daily tax behaviour as the tax authority requires.')),
      },
      details,
    };
  }
  return {
    title: bi('使用请求已退回', 'Use request returned'),
    happened: bi(
      `主管税务机关（${authority}）于 ${dayOr(f.on).zh}退回了${uu.zh}的使用请求。意见：${f.opinion ?? '—'}${f.reasons ? `；退回原因：${f.reasons}` : ''}`,
      `On ${dayOr(f.on).en} the competent tax authority (${authority}) returned the use request of ${uu.en}. Opinion: ${f.opinion ?? '—'}${f.reasons ? `; reasons: ${f.reasons}` : ''}`,
    ),
    todo: {
      usingUnits: nothing(bi('请根据退回意见补正材料后，在乐企平台重新提交使用请求（RESUBMIT_USE_REQUEST）。', 'Correct the materials as the opinion asks and resubmit the use request on the Leqi platform (RESUBMIT_USE_REQUEST).')),
      unit: nothing(bi('请知悉；可协助使用单位补正材料。', 'For your information; you may help the using unit correct its materials.')),
    },
    details,
  };
}

// ---------------------------------------------------------------------------------------------
// Q-28: an invitation not accepted in time

const InvitationLapsed = z.object({ ...Who, invitedOn: day, lastDay: day });

function invitationLapsed(f: z.output<typeof InvitationLapsed>, { unit }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  return {
    title: bi('使用单位邀请已失效', 'Invitation lapsed'),
    happened: bi(
      `直连单位“${unit.zh}”于 ${dayOr(f.invitedOn).zh}向${uu.zh}发出的邀请，截至 ${dayOr(f.lastDay).zh}（含当日）未获确认，${f.lastDay ? `已于 ${endsAt(f.lastDay).zh}` : '已'}失效。`,
      `The invitation the direct-connect unit ${unit.en} sent to ${uu.en} on ${dayOr(f.invitedOn).en} was not accepted by ${dayOr(f.lastDay).en} (last day included) and lapsed${f.lastDay ? ` at ${endsAt(f.lastDay).en}` : ''}.`,
    ),
    todo: {
      unit: nothing(bi('如仍需该单位接入，请重新发送邀请（INVITE_USING_UNIT）。', 'If the using unit is still to join, invite it again (INVITE_USING_UNIT).')),
      usingUnits: nothing(
        bi('如仍需接入，请联系直连单位重新邀请，或通过乐企平台向直连单位发起授权申请（APPLY_FOR_AUTHORIZATION）。', 'To join, ask the direct-connect unit for a new invitation, or apply to it for authorization on the Leqi platform (APPLY_FOR_AUTHORIZATION).'),
      ),
    },
    details: [usingUnitDetail(f), { label: bi('邀请日期', 'Invited on'), value: dayOr(f.invitedOn) }, { label: bi('确认邀请截止日（含当日）', 'Last day to accept'), value: dayOr(f.lastDay) }],
  };
}

// ---------------------------------------------------------------------------------------------
// N-14: suspension and restoration of one membership by a case (S-05, S-07; M-RESTORE)

const MembershipSuspended = z.object({ ...Who, caseId: text, since: day });

function membershipSuspended(f: z.output<typeof MembershipSuspended>, { unit }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  return {
    title: bi('使用单位接入服务已暂停', 'Using unit’s access suspended'),
    happened: bi(
      `因合规案件 ${f.caseId ?? '—'}，主管税务机关自 ${dayOr(f.since).zh}起暂停${uu.zh}通过直连单位“${unit.zh}”的乐企自用使用乐企服务。`,
      `Because of compliance case ${f.caseId ?? '—'}, from ${dayOr(f.since).en} the competent tax authority suspended the use of Leqi services by ${uu.en} through the self-use system of the direct-connect unit ${unit.en}.`,
    ),
    todo: {
      usingUnits: nothing(
        bi(
          '暂停期间请停止通过该乐企自用使用乐企服务，并在整改期限内（最长不超过 3 个月）完成整改、通过乐企平台反馈整改结果；整改符合要求的恢复服务，未达到整改要求的终止服务。',
          'While suspended, stop using Leqi services through this self-use system; rectify within the rectification period (at most three months) and report the result on the Leqi platform. Service is restored once the rectification is accepted, and ended if it is not.',
        ),
      ),
      unit: nothing(bi('暂停期间请停止为该使用单位提供乐企服务，督促其整改，并更新关联关系台账（P-UU-04）。', 'While suspended, stop serving this using unit, press it to rectify, and update your ledger of using-unit relationships (P-UU-04).')),
    },
    details: [usingUnitDetail(f), { label: bi('案件', 'Case'), value: plain(f.caseId) }, { label: bi('暂停日期', 'Suspended from'), value: dayOr(f.since) }],
  };
}

const MembershipRestored = z.object({ ...Who, caseId: text, on: day });

function membershipRestored(f: z.output<typeof MembershipRestored>, { unit }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  return {
    title: bi('使用单位接入服务已恢复', 'Using unit’s access restored'),
    happened: bi(
      `合规案件 ${f.caseId ?? '—'} 已结案，${uu.zh}自 ${dayOr(f.on).zh}起恢复通过直连单位“${unit.zh}”的乐企自用使用乐企服务。`,
      `Compliance case ${f.caseId ?? '—'} is closed: from ${dayOr(f.on).en} ${uu.en} may again use Leqi services through the self-use system of the direct-connect unit ${unit.en}.`,
    ),
    todo: {
      usingUnits: nothing(bi('贵单位可恢复使用乐企服务；请持续符合使用单位接入条件。', 'You may use Leqi services again; keep meeting the using-unit conditions.')),
      unit: nothing(bi('请恢复为该使用单位提供服务，并更新关联关系台账（P-UU-04）。', 'Resume serving this using unit and update your ledger of using-unit relationships (P-UU-04).')),
    },
    details: [usingUnitDetail(f), { label: bi('案件', 'Case'), value: plain(f.caseId) }, { label: bi('恢复日期', 'Restored on'), value: dayOr(f.on) }],
  };
}

// ---------------------------------------------------------------------------------------------
// N-19: a termination filing names this using unit (T-08)

const MembershipEnding = z.object({ ...Who, effectiveOn: day, reason: text });

function membershipEnding(f: z.output<typeof MembershipEnding>, { unit, at }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  // effectiveOn is the first day without service (T-08, decisions.md)
  const lastDay = f.effectiveOn ? addDays(f.effectiveOn, -1) : null;
  const from = f.effectiveOn ? startOf(f.effectiveOn) : dash;
  return {
    title: bi('直连单位终止向使用单位提供服务（终止服务备案）', 'Service to a using unit ends: termination filed'),
    happened: bi(
      `直连单位“${unit.zh}”于 ${atInstant(at).zh}向主管税务机关进行终止服务备案，自 ${from.zh}起终止向${uu.zh}提供数电票等涉税服务；最后服务日为 ${dayOr(lastDay).zh}。原因：${f.reason ?? '—'}`,
      `On ${atInstant(at).en} the direct-connect unit ${unit.en} filed with its competent tax authority that it stops providing digital e-invoice and other tax services to ${uu.en} from ${from.en}; the last day of service is ${dayOr(lastDay).en}. Reason: ${f.reason ?? '—'}`,
    ),
    todo: {
      usingUnits: lastDay
        ? {
            what: bi(
              `请在 ${onDate(lastDay).zh}前做好停止通过该乐企自用使用乐企服务的安排；如需继续使用乐企服务，请另行安排接入。`,
              `By ${onDate(lastDay).en}, prepare to stop using Leqi services through this self-use system; arrange another connection if you need to continue.`,
            ),
            by: lastDay,
          }
        : nothing(bi('请做好停止通过该乐企自用使用乐企服务的安排。', 'Prepare to stop using Leqi services through this self-use system.')),
      unit: lastDay
        ? {
            what: bi(`如需撤回，请在 ${onDate(lastDay).zh}前撤回备案（WITHDRAW_TERMINATION）；终止后请更新关联关系台账（P-UU-04）。`, `To withdraw the filing, do so by ${onDate(lastDay).en} (WITHDRAW_TERMINATION); once it takes effect, update your ledger of using-unit relationships (P-UU-04).`),
            by: lastDay,
          }
        : nothing(bi('终止后请更新关联关系台账（P-UU-04）。', 'Once it takes effect, update your ledger of using-unit relationships (P-UU-04).')),
      officer: nothing(bi('请知悉；备案生效时该使用单位的使用随之终止。', 'For your information; the using unit’s service ends when the filing takes effect.')),
    },
    details: [
      usingUnitDetail(f),
      { label: bi('终止生效', 'Service ends at'), value: from },
      { label: bi('最后服务日', 'Last day of service'), value: dayOr(lastDay) },
      { label: bi('终止原因', 'Reason'), value: plain(f.reason) },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// N-14, N-19, N-24: the membership has ended (P-UU-06; the rule of the event: T-08, P-TRM-04, S-05…S-08)

const MembershipEnded = z.object({ ...Who, on: day, reason: text, caseId: text });

const END_REASON: Record<string, Bilingual> = {
  'termination filing effective (T-08)': bi('终止服务备案生效（T-08）', 'the termination filing took effect (T-08)'),
};

function membershipEnded(f: z.output<typeof MembershipEnded>, { unit, ruleId }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  const reason = words(END_REASON, f.reason);
  const cause =
    ruleId === 'P-TRM-04'
      ? bi(`直连单位“${unit.zh}”的乐企服务终止，其使用单位的使用随之终止。`, `The Leqi service of the direct-connect unit ${unit.en} ended, and its using units’ service ends with it. `)
      : f.caseId
        ? bi(`经合规案件 ${f.caseId} 处理，`, `Following compliance case ${f.caseId}, `)
        : bi('', '');
  return {
    title: bi('使用单位乐企服务已终止', 'Using unit’s Leqi service ended'),
    happened: bi(
      `${cause.zh}${uu.zh}自 ${dayOr(f.on).zh}起不再通过直连单位“${unit.zh}”的乐企自用使用乐企服务。原因：${reason.zh}`,
      `${cause.en}${cause.en.endsWith(', ') ? uu.en : capital(uu.en)} no longer uses Leqi services through the self-use system of the direct-connect unit ${unit.en} from ${dayOr(f.on).en}. Reason: ${reason.en}`,
    ),
    todo: {
      usingUnits: nothing(
        bi('请停止通过该乐企自用使用乐企服务；如需继续使用，请另行安排接入（可重新接受邀请或申请授权）。', 'Stop using Leqi services through this self-use system; to continue, arrange another connection (a new invitation or application).'),
      ),
      unit: nothing(
        bi('请停止为该使用单位提供服务，关闭其能力授权，更新关联关系台账（P-UU-04），并按要求留存相关记录。', 'Stop serving this using unit, close its capability authorizations, update your ledger of using-unit relationships (P-UU-04), and keep the required records.'),
      ),
    },
    details: [
      usingUnitDetail(f),
      { label: bi('终止日期', 'Ended on'), value: dayOr(f.on) },
      { label: bi('终止原因', 'Reason'), value: reason },
      ...(f.caseId ? [{ label: bi('案件', 'Case'), value: plain(f.caseId) }] : []),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// N-30 / T-17: flow data due; O-27: overdue

const FlowFacts = z.object({ ...Who, period: text, dueOn: day, rating: text });
type FlowFacts = z.output<typeof FlowFacts>;

const flowDetails = (f: FlowFacts) => [
  usingUnitDetail(f),
  { label: bi('数据期间', 'Period'), value: f.period ? bi(`${f.period}（${period(f.period).zh}）`, `${f.period} (${period(f.period).en})`) : dash },
  { label: bi('提交期限（含当日）', 'Due (last day)'), value: dayOr(f.dueOn) },
  { label: bi('纳税信用等级', 'Tax credit rating'), value: rating(f.rating) },
];

function flowDataDue(f: FlowFacts, { unit }: NoticeContext): NoticeContent {
  const uu = usingUnit(f);
  const p = period(f.period);
  const submit = bi(`通过乐企平台提交 ${p.zh}的${FLOW_DATA.zh}（SUBMIT_FLOW_DATA）`, `submit the ${FLOW_DATA.en} for ${p.en} on the Leqi platform (SUBMIT_FLOW_DATA)`);
  return {
    title: bi('请提供货物流、资金流、现金流数据', 'Flow data due'),
    happened: bi(
      `${uu.zh}纳税信用等级为 ${rating(f.rating).zh}，需定期提供${FLOW_DATA.zh}。${p.zh}已结束，该期数据应不晚于 ${dayOr(f.dueOn).zh}（含当日）提交。`,
      `${capital(uu.en)} is rated ${rating(f.rating).en} and must periodically provide ${FLOW_DATA.en}. ${p.en} has ended; its data is due by ${dayOr(f.dueOn).en} (last day included).`,
    ),
    todo: {
      usingUnits: f.dueOn
        ? {
            what: bi(`请不晚于 ${onDate(f.dueOn).zh}${submit.zh}。逾期未提交的，将转主管税务机关处理（O-27、S-07）。`, `No later than ${onDate(f.dueOn).en}, ${submit.en}. If it is late, it goes to the competent tax authority (O-27, S-07).`),
            by: f.dueOn,
          }
        : nothing(bi(`请尽快${submit.zh}。`, `As soon as possible, ${submit.en}.`)),
      unit: {
        what: bi(
          `请督促该使用单位按期提交（也可由贵单位代为上传，SUBMIT_FLOW_DATA），直连单位“${unit.zh}”负责对使用单位的日常涉税行为进行监管。`,
          `See that the using unit submits on time (you may also upload it for them, SUBMIT_FLOW_DATA); as the direct-connect unit, ${unit.en} supervises its using units’ daily tax behaviour.`,
        ),
        by: f.dueOn,
      },
    },
    details: flowDetails(f),
  };
}

function flowDataOverdue(f: FlowFacts): NoticeContent {
  const uu = usingUnit(f);
  const p = period(f.period);
  return {
    title: bi('货物流、资金流、现金流数据逾期未提交', 'Flow data overdue'),
    happened: bi(
      `${uu.zh}（纳税信用等级 ${rating(f.rating).zh}）${p.zh}的${FLOW_DATA.zh}未在 ${dayOr(f.dueOn).zh}（含当日）前提交，已逾期。`,
      `The ${FLOW_DATA.en} of ${uu.en} (rated ${rating(f.rating).en}) for ${p.en} was due by ${dayOr(f.dueOn).en} (last day included) and has not been submitted.`,
    ),
    todo: {
      usingUnits: nothing(bi(`请立即通过乐企平台提交 ${p.zh}的${FLOW_DATA.zh}（SUBMIT_FLOW_DATA）。`, `Submit the ${FLOW_DATA.en} for ${p.en} on the Leqi platform without delay (SUBMIT_FLOW_DATA).`)),
      unit: nothing(bi('请督促该使用单位立即提交，或由贵单位代为上传（SUBMIT_FLOW_DATA）。', 'Have the using unit submit it at once, or upload it for them (SUBMIT_FLOW_DATA).')),
      officer: nothing(
        bi('请决定是否按违反乐企平台直连规范采取提醒、约谈等措施（S-07，APPLY_MEASURES）。', 'Decide whether to treat it as a breach of the direct-connect rules and take measures such as a reminder or interview (S-07, APPLY_MEASURES).'),
      ),
    },
    details: flowDetails(f),
  };
}

export const MEMBERSHIP_TEMPLATES = {
  usingUnitInvited: template(UsingUnitInvited, usingUnitInvited),
  authorizationApplied: template(AuthorizationApplied, authorizationApplied),
  authorizationDecided: template(AuthorizationDecided, authorizationDecided),
  useRequestSubmitted: template(UseRequestSubmitted, useRequestSubmitted),
  useRequestDecided: template(UseRequestDecided, useRequestDecided),
  invitationLapsed: template(InvitationLapsed, invitationLapsed),
  membershipSuspended: template(MembershipSuspended, membershipSuspended),
  membershipRestored: template(MembershipRestored, membershipRestored),
  membershipEnding: template(MembershipEnding, membershipEnding),
  membershipEnded: template(MembershipEnded, membershipEnded),
  flowDataDue: template(FlowFacts, flowDataDue),
  flowDataOverdue: template(FlowFacts, flowDataOverdue),
};
