/**
 * Templates of the chapter 4–5 notices: capability subscriptions and grants (P-CAP-02…06, S-02,
 * E-UU-8), change reports (P-CHG-01/02, T-06), standing duties (obligationDue, upgradePublished,
 * obligationOverdue: O-16, T-06, T-07, P-CHG-02, S-12), the network address filing (P-CHG-05,
 * T-14), termination filings (T-08, P-TRM-01, P-TRM-04), and the officer's copy of a notice that
 * did not reach everyone. Each schema is the facts `machines/unit/chart.ts` (or, for
 * `deliveryFailed`, the workflow) sends.
 */
import { z } from 'zod';
import { addDays, CalendarDate } from '../../machines/calendar.js';
import { atInstant, onDate } from './dates.js';
import type { Action, NoticeContent, NoticeContext, TemplateDef } from './templateDef.js';
import { bi, LABELS, type Bilingual } from './text.js';

const day = CalendarDate.nullish().transform((v) => v ?? null);
const text = z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined || v === '' ? null : String(v)));
const yesNo = z.enum(['yes', 'no']).nullish().transform((v) => v ?? null);

const template = <S extends z.ZodType>(facts: S, render: (facts: z.output<S>, context: NoticeContext) => NoticeContent): TemplateDef<S> => ({ facts, render });

const dash = LABELS.none;
const plain = (s: string | null): Bilingual => (s ? bi(s, s) : dash);
const dayOr = (d: string | null): Bilingual => (d ? onDate(d) : dash);
/** `2029-01-01` → the instant it starts: `2029-01-01 00:00（北京时间）` / `1 Jan 2029, 00:00 (CST)` */
const startOf = (d: string): Bilingual => {
  const o = onDate(d);
  return bi(o.zh.replace('（北京时间）', ' 00:00（北京时间）'), o.en.replace(' (CST)', ', 00:00 (CST)'));
};
const words = (table: Record<string, Bilingual>, value: string | null): Bilingual => (value ? (table[value] ?? bi(value, value)) : dash);
const nothing = (what: Bilingual): Action => ({ what, by: null });

// ---------------------------------------------------------------------------------------------
// capabilities (chapter 4)

const capability = (code: string | null): Bilingual => bi(`能力 ${code ?? '—'}`, `capability ${code ?? '—'}`);

const CapabilityUpdated = z.object({ code: text, status: z.enum(['testing', 'reportSubmitted', 'open', 'returned']), validTo: day, opinion: text });

function capabilityUpdated(f: z.output<typeof CapabilityUpdated>, { unit, at, ruleId }: NoticeContext): NoticeContent {
  const cap = capability(f.code);
  const details = [
    { label: bi('能力', 'Capability'), value: plain(f.code) },
    ...(f.validTo ? [{ label: bi('有效期至（含当日）', 'Valid to (last day)'), value: onDate(f.validTo) }] : []),
    ...(f.opinion ? [{ label: bi('税务机关意见', 'Opinion'), value: plain(f.opinion) }] : []),
  ];
  switch (f.status) {
    case 'testing':
      return {
        title: bi('能力订阅请求已发起：请完成联调测试', 'Capability subscription requested: testing'),
        happened: bi(
          `“${unit.zh}”于 ${atInstant(at).zh}对${cap.zh} 发起了能力订阅请求；乐企平台测试中心已提供仿真测试环境。`,
          `${unit.en} requested ${cap.en} on ${atInstant(at).en}; the Leqi Test Center provides the simulation test environment.`,
        ),
        todo: {
          unit: nothing(
            bi(
              '请参考能力说明文档完成开发，在测试中心完成联调测试；测试通过、确认测试报告无误后，在乐企平台提交税务机关确认（SUBMIT_CAPABILITY_TEST_REPORT）。',
              'Develop against the capability documentation and run the joint tests in the Test Center; once they pass, check the test report and submit it to the tax authority on the Leqi platform (SUBMIT_CAPABILITY_TEST_REPORT).',
            ),
          ),
          officer: nothing(
            bi(
              '请知悉；该单位所在行业不具备能力适用条件的，可退回其订阅请求（RETURN_CAPABILITY，理由：行业，S-02）。',
              'For your information; if the unit’s industry does not meet the capability’s applicability conditions, you may return the request (RETURN_CAPABILITY, reason industry, S-02).',
            ),
          ),
        },
        details,
      };
    case 'reportSubmitted':
      return {
        title: bi('能力测试报告已提交，请确认', 'Capability test report submitted'),
        happened: bi(`“${unit.zh}”于 ${atInstant(at).zh}提交了${cap.zh} 的测试报告，请求开通该能力。`, `${unit.en} submitted the test report for ${cap.en} on ${atInstant(at).en} and asks for it to be opened.`),
        todo: {
          officer: nothing(
            bi(
              '请审核测试报告：确认通过的，开通该能力（CONFIRM_CAPABILITY）；未通过的，附意见退回重新测试（RETURN_CAPABILITY，理由：测试）；行业不具备适用条件的，退回订阅请求（理由：行业，S-02）。',
              'Review the test report: confirm it to open the capability (CONFIRM_CAPABILITY); otherwise return it with your opinion for retesting (RETURN_CAPABILITY, reason test), or return the subscription if the industry does not qualify (reason industry, S-02).',
            ),
          ),
          unit: nothing(bi('请等待主管税务机关确认，结果将通过乐企平台及邮件通知。', 'Wait for the competent tax authority to confirm; the result will be on the Leqi platform and sent by e-mail.')),
        },
        details,
      };
    case 'open':
      return {
        title: bi('能力已开通', 'Capability opened'),
        happened: bi(
          `主管税务机关已确认测试报告，“${unit.zh}”的${cap.zh} 已于 ${atInstant(at).zh}开通${f.validTo ? `，有效期至 ${onDate(f.validTo).zh}（含当日，与接入期限一致）` : ''}。`,
          `The competent tax authority confirmed the test report: ${cap.en} of ${unit.en} is open from ${atInstant(at).en}${f.validTo ? `, valid to ${onDate(f.validTo).en} (last day included, with the access term)` : ''}.`,
        ),
        todo: {
          unit: nothing(
            bi(
              '贵单位可在乐企自用中使用该能力，并可向使用单位发起能力授权（AUTHORIZE_CAPABILITY）；有效期随资格延续而延长。',
              'You may now use the capability in your self-use system and authorize your using units to use it (AUTHORIZE_CAPABILITY); its validity follows your renewed term.',
            ),
          ),
        },
        details,
      };
    case 'returned': {
      const industry = ruleId === 'S-02';
      return {
        title: industry ? bi('能力订阅请求已退回（行业不适用）', 'Capability subscription returned: industry not applicable') : bi('能力测试报告未通过，请重新测试', 'Capability test report returned: test again'),
        happened: industry
          ? bi(
              `主管税务机关于 ${atInstant(at).zh}退回了“${unit.zh}”对${cap.zh} 的订阅请求：贵单位所在行业不具备该能力的适用条件，订阅已关闭。意见：${f.opinion ?? '—'}`,
              `On ${atInstant(at).en} the competent tax authority returned the subscription of ${unit.en} to ${cap.en}: your industry does not meet the capability’s applicability conditions, and the subscription is closed. Opinion: ${f.opinion ?? '—'}`,
            )
          : bi(
              `主管税务机关于 ${atInstant(at).zh}未确认“${unit.zh}”${cap.zh} 的测试报告，该能力回到测试阶段。意见：${f.opinion ?? '—'}`,
              `On ${atInstant(at).en} the competent tax authority did not confirm the test report of ${unit.en} for ${cap.en}; the capability is back in testing. Opinion: ${f.opinion ?? '—'}`,
            ),
        todo: {
          unit: industry
            ? nothing(bi('该能力不能开通；如对行业认定有异议，请联系主管税务机关。', 'The capability cannot be opened; contact your competent tax authority if you disagree about your industry.'))
            : nothing(
                bi(
                  '请根据意见修改后在测试中心重新完成联调测试，并重新提交测试报告（SUBMIT_CAPABILITY_TEST_REPORT）。',
                  'Address the opinion, repeat the joint tests in the Test Center and submit a new test report (SUBMIT_CAPABILITY_TEST_REPORT).',
                ),
              ),
        },
        details,
      };
    }
  }
}

const CapabilityGranted = z.object({ code: text, usingUnit: text, status: z.enum(['offered', 'accepted']) });

function capabilityGranted(f: z.output<typeof CapabilityGranted>, { unit, at }: NoticeContext): NoticeContent {
  const cap = capability(f.code);
  const uu = f.usingUnit ?? '—';
  const details = [
    { label: bi('能力', 'Capability'), value: plain(f.code) },
    { label: bi('使用单位（统一社会信用代码）', 'Using unit (USCC)'), value: plain(f.usingUnit) },
  ];
  if (f.status === 'offered') {
    return {
      title: bi('能力授权邀请', 'Capability authorization offered'),
      happened: bi(
        `直连单位“${unit.zh}”于 ${atInstant(at).zh}向使用单位 ${uu} 发起${cap.zh} 的能力授权，邀请其通过该乐企自用使用该能力。`,
        `On ${atInstant(at).en} the direct-connect unit ${unit.en} authorized using unit ${uu} to use ${cap.en} through its self-use system.`,
      ),
      todo: {
        usingUnits: nothing(
          bi(
            `如同意使用，请在乐企平台确认授权（ACCEPT_CAPABILITY_AUTHORIZATION）。该能力针对特殊行业或用途的，请先按相关法律法规提供相应行业资质等证明资料（PROVIDE_QUALIFICATION，E-UU-8）。`,
            `To use it, accept the authorization on the Leqi platform (ACCEPT_CAPABILITY_AUTHORIZATION). If the capability is for a special industry or purpose, first provide the industry qualification required by law (PROVIDE_QUALIFICATION, E-UU-8).`,
          ),
        ),
      },
      details,
    };
  }
  return {
    title: bi('使用单位已确认能力授权', 'Capability authorization accepted'),
    happened: bi(
      `使用单位 ${uu} 于 ${atInstant(at).zh}确认了“${unit.zh}”${cap.zh} 的授权，现可通过该乐企自用使用该能力。`,
      `Using unit ${uu} accepted the authorization for ${cap.en} of ${unit.en} on ${atInstant(at).en} and can now use it through the self-use system.`,
    ),
    todo: {},
    details,
  };
}

// ---------------------------------------------------------------------------------------------
// change reports (G5.1)

const CHANGE_KIND: Record<string, Bilingual> = {
  keyPersonnel: bi('财务负责人、项目负责人等关键人员', 'key personnel (financial officer, project lead)'),
  contact: bi('联系方式', 'contact details'),
  address: bi('机构地址', 'institution address'),
  legalRepresentative: bi('法定代表人', 'legal representative'),
  relationship: bi('关联关系（总分机构、母子公司、控股关系等）', 'relationship (head-branch, parent-subsidiary, holding)'),
};

const ChangeRecorded = z.object({ kind: text, effectiveOn: day, late: yesNo, usingUnit: text });

function changeRecorded(f: z.output<typeof ChangeRecorded>, { unit, at }: NoticeContext): NoticeContent {
  const kind = words(CHANGE_KIND, f.kind);
  const late = f.late === 'yes';
  const about = f.usingUnit ? bi(`，涉及使用单位 ${f.usingUnit}`, `, concerning using unit ${f.usingUnit}`) : bi('', '');
  const todo: NoticeContent['todo'] =
    f.kind === 'legalRepresentative'
      ? {
          unit: nothing(
            bi(
              '请重新签订并提交《乐企直连服务协议书》等相关协议（SUBMIT_SIGNED_AGREEMENT）；办理期限见乐企平台，到期前将另行提醒。',
              'Re-sign and submit the Leqi direct-connect service agreement and related agreements (SUBMIT_SIGNED_AGREEMENT); the due date is on the Leqi platform and you will be reminded before it.',
            ),
          ),
          officer: nothing(bi('请知悉；待该单位提交重新签订的协议。', 'For your information; the unit owes a re-signed agreement.')),
        }
      : f.kind === 'relationship'
        ? {
            unit: nothing(bi('请同步更新使用单位关联关系台账；如使用单位已不具备关联关系，请按规定办理终止服务备案。', 'Update your ledger of using-unit relationships; if a using unit is no longer related, file the termination of its service.')),
            officer: nothing(
              late
                ? bi('该报备晚于变动后 3 日的期限：请复核使用单位是否仍符合接入条件，并决定是否采取措施（S-07）。', 'This report is later than three days after the change: check that the using unit still meets the access conditions and decide whether to take measures (S-07).')
                : bi('请复核相关使用单位是否仍符合接入条件（关联关系）。', 'Check that the using unit concerned still meets the access conditions (relationship).'),
            ),
          }
        : { officer: nothing(bi('请知悉并核对变更后的登记信息。', 'Take note and check the changed registration information.')) };
  return {
    title: late ? bi('变更事项已报送（逾期报备）', 'Change reported (late)') : bi('变更事项已报送', 'Change reported'),
    happened: bi(
      `“${unit.zh}”于 ${atInstant(at).zh}报送了${kind.zh}变更（变更日 ${dayOr(f.effectiveOn).zh}${about.zh}）${late ? '；该报备晚于变动后 3 日内报备的期限' : ''}。`,
      `${unit.en} reported a change of ${kind.en} on ${atInstant(at).en} (changed on ${dayOr(f.effectiveOn).en}${about.en})${late ? '; the report is later than the three days after the change' : ''}.`,
    ),
    todo,
    details: [
      { label: bi('变更事项', 'Change'), value: kind },
      { label: bi('变更日', 'Changed on'), value: dayOr(f.effectiveOn) },
      ...(f.usingUnit ? [{ label: bi('使用单位', 'Using unit'), value: plain(f.usingUnit) }] : []),
      ...(f.kind === 'relationship' ? [{ label: bi('3 日内报备', 'Reported within 3 days'), value: late ? bi('否（逾期）', 'no (late)') : bi('是', 'yes') }] : []),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// standing duties (O-16, T-06, T-07, P-CHG-02; overdue: S-12)

const DutyFacts = z.object({ obligation: text, subject: text, dueOn: day });
type DutyFacts = z.output<typeof DutyFacts>;

interface DutyWords {
  name: Bilingual;
  /** a sentence: what is still outstanding */
  pending: Bilingual;
  /** an imperative without its deadline */
  act: Bilingual;
}

function duty(kind: string | null, subject: string | null): DutyWords {
  const s = subject ?? '—';
  switch (kind) {
    case 'monitoringRun':
      return {
        name: bi('发票数据风险监测', 'invoice-data risk monitoring run'),
        pending: bi(`${s} 期间的发票数据风险监测尚未登记`, `The invoice-data risk monitoring run for ${s} has not been recorded`),
        act: bi(`完成 ${s} 期间的发票数据风险监测并在乐企平台登记（RECORD_MONITORING_RUN）`, `run the invoice-data risk monitoring for ${s} and record it on the Leqi platform (RECORD_MONITORING_RUN)`),
      };
    case 'relationshipReport': {
      // subject: `<using unit USCC | DCU> <YYYY-MM-DD>` (machines/unit/changes.ts relationshipSubject)
      const m = /^(\S+) (\d{4}-\d{2}-\d{2})$/.exec(s);
      const what = m
        ? m[1] === 'DCU'
          ? bi(`直连单位自身，变动日 ${onDate(m[2]!).zh}`, `the unit itself, changed on ${onDate(m[2]!).en}`)
          : bi(`使用单位 ${m[1]}，变动日 ${onDate(m[2]!).zh}`, `using unit ${m[1]}, changed on ${onDate(m[2]!).en}`)
        : bi(s, s);
      return {
        name: bi('关联关系变动报备', 'relationship-change report'),
        pending: bi(`系统监测到关联关系变动（${what.zh}），尚未向主管税务机关报备`, `A relationship change was detected (${what.en}) and has not been reported to the competent tax authority`),
        act: bi('通过乐企平台向主管税务机关报备该关联关系变动（REPORT_CHANGE，类型：关联关系）', 'report the relationship change to the competent tax authority on the Leqi platform (REPORT_CHANGE, kind relationship)'),
      };
    }
    case 'versionUpgrade':
      return {
        name: bi('版本升级系统改造与对接测试', 'version-upgrade changes and integration tests'),
        pending: bi(`乐企平台版本 ${s} 的系统改造与对接测试尚未完成`, `The system changes and integration tests for Leqi platform version ${s} are not complete`),
        act: bi(`完成版本 ${s} 的系统改造与对接测试，并在乐企平台登记完成（COMPLETE_VERSION_UPGRADE）`, `complete the system changes and integration tests for version ${s} and record them on the Leqi platform (COMPLETE_VERSION_UPGRADE)`),
      };
    case 'signedAgreement': {
      const changedOn = /\d{4}-\d{2}-\d{2}/.exec(s)?.[0];
      const when = changedOn ? bi(`法定代表人于 ${onDate(changedOn).zh}变更`, `legal representative changed on ${onDate(changedOn).en}`) : bi(s, s);
      return {
        name: bi('重新签订服务协议书', 're-signed service agreement'),
        pending: bi(`法定代表人等信息变更后（${when.zh}），重新签订的《乐企直连服务协议书》等相关协议尚未提交`, `After the change of legal representative (${when.en}), the re-signed Leqi direct-connect service agreement has not been submitted`),
        act: bi('重新签订并提交《乐企直连服务协议书》等相关协议（SUBMIT_SIGNED_AGREEMENT）', 're-sign and submit the Leqi direct-connect service agreement and related agreements (SUBMIT_SIGNED_AGREEMENT)'),
      };
    }
    default:
      return {
        name: plain(kind),
        pending: bi(`${kind ?? '—'}（${s}）尚未完成`, `${kind ?? '—'} (${s}) is not done yet`),
        act: bi('完成该事项并在乐企平台登记', 'complete it and record it on the Leqi platform'),
      };
  }
}

const dutyDetails = (f: DutyFacts, d: DutyWords) => [
  { label: bi('义务', 'Duty'), value: d.name },
  { label: bi('事项', 'Concerning'), value: plain(f.subject) },
  { label: bi('期限（含当日）', 'Due (last day)'), value: dayOr(f.dueOn) },
];

const OVERDUE_CONSEQUENCE = bi('逾期未完成的，将转主管税务机关处理，可能被采取提醒、约谈等措施（S-12、S-07）。', 'If it is not done by then, it goes to the competent tax authority, which may remind, interview or take other measures (S-12, S-07).');

function obligationDue(f: DutyFacts): NoticeContent {
  const d = duty(f.obligation, f.subject);
  return {
    title: bi(`待办义务：${d.name.zh}`, `Duty due: ${d.name.en}`),
    happened: bi(`${d.pending.zh}，期限为 ${dayOr(f.dueOn).zh}（含当日）。`, `${d.pending.en}; it is due by ${dayOr(f.dueOn).en} (last day included).`),
    todo: {
      unit: f.dueOn
        ? { what: bi(`请不晚于 ${onDate(f.dueOn).zh}${d.act.zh}。${OVERDUE_CONSEQUENCE.zh}`, `No later than ${onDate(f.dueOn).en}, ${d.act.en}. ${OVERDUE_CONSEQUENCE.en}`), by: f.dueOn }
        : nothing(bi(`请尽快${d.act.zh}。`, `As soon as possible, ${d.act.en}.`)),
    },
    details: dutyDetails(f, d),
  };
}

function upgradePublished(f: DutyFacts, { unit, at }: NoticeContext): NoticeContent {
  const d = duty(f.obligation ?? 'versionUpgrade', f.subject);
  const version = f.subject ?? '—';
  return {
    title: bi('乐企平台版本升级通知', 'Leqi platform version-upgrade notice'),
    happened: bi(
      `税务机关于 ${atInstant(at).zh}发布了乐企平台版本 ${version} 的升级通知。直连单位“${unit.zh}”应不晚于 ${dayOr(f.dueOn).zh}同步完成系统改造与对接测试。`,
      `On ${atInstant(at).en} the tax authority published the upgrade notice for Leqi platform version ${version}. The direct-connect unit ${unit.en} must complete its system changes and integration tests by ${dayOr(f.dueOn).en}.`,
    ),
    todo: {
      unit: f.dueOn
        ? { what: bi(`请不晚于 ${onDate(f.dueOn).zh}${d.act.zh}。${OVERDUE_CONSEQUENCE.zh}`, `No later than ${onDate(f.dueOn).en}, ${d.act.en}. ${OVERDUE_CONSEQUENCE.en}`), by: f.dueOn }
        : nothing(bi(`请尽快${d.act.zh}。`, `As soon as possible, ${d.act.en}.`)),
      usingUnits: {
        what: bi(`请配合直连单位“${unit.zh}”完成版本 ${version} 的系统改造与对接测试。`, `Work with the direct-connect unit ${unit.en} on the system changes and integration tests for version ${version}.`),
        by: f.dueOn,
      },
    },
    details: [{ label: bi('版本', 'Version'), value: plain(f.subject) }, { label: bi('期限（含当日）', 'Due (last day)'), value: dayOr(f.dueOn) }],
  };
}

function obligationOverdue(f: DutyFacts): NoticeContent {
  const d = duty(f.obligation, f.subject);
  return {
    title: bi(`义务已逾期：${d.name.zh}`, `Duty overdue: ${d.name.en}`),
    happened: bi(`${d.pending.zh}，已超过期限 ${dayOr(f.dueOn).zh}（含当日）。`, `${d.pending.en}, and it was due by ${dayOr(f.dueOn).en} (last day included).`),
    todo: {
      unit: nothing(bi(`请立即${d.act.zh}。`, `Without delay, ${d.act.en}.`)),
      officer: nothing(bi('请决定是否按不履行协议义务采取提醒、约谈等措施（S-07，APPLY_MEASURES）。', 'Decide whether to treat it as a breach of obligations and take measures such as a reminder or interview (S-07, APPLY_MEASURES).')),
    },
    details: dutyDetails(f, d),
  };
}

// ---------------------------------------------------------------------------------------------
// network address filing (Annex 3; P-CHG-05, T-14)

const FILING_ACTION: Record<string, Bilingual> = { open: bi('开通', 'opening'), change: bi('变更', 'change'), close: bi('关闭', 'closure') };

const NetworkFilingUpdated = z.object({ action: text });

function networkFilingUpdated(f: z.output<typeof NetworkFilingUpdated>, { unit, at }: NoticeContext): NoticeContent {
  const action = words(FILING_ACTION, f.action);
  return {
    title: bi(`网络地址备案已提交（${action.zh}）`, `Network address filing submitted (${action.en})`),
    happened: bi(`“${unit.zh}”于 ${atInstant(at).zh}提交了乐企服务网络地址备案（${action.zh}）。`, `${unit.en} submitted a Leqi network address filing (${action.en}) on ${atInstant(at).en}.`),
    todo: {
      provincialBureau: nothing(bi('请受理该网络地址备案（省局受理人），并报国家税务总局处理。', 'Accept the network address filing (provincial acceptor) and pass it to the State Taxation Administration.')),
      unit: nothing(
        f.action === 'close'
          ? bi('备案关闭后，贵单位将不能通过乐企直连网络访问；如需恢复，请重新提交开通备案。', 'With the filing closed you can no longer reach the Leqi direct-connect network; file an opening again to restore it.')
          : bi('请仅使用已备案的生产环境 IP 地址、服务协议和端口访问；如需更换，请先提交变更备案。', 'Connect only from the filed production IP addresses, protocol and ports; file a change before switching.'),
      ),
    },
    details: [{ label: bi('备案事项', 'Filing'), value: action }],
  };
}

const NetworkFilingEnds = z.object({ endsOn: day });

function networkFilingExpiring(f: z.output<typeof NetworkFilingEnds>, { unit }: NoticeContext): NoticeContent {
  return {
    title: bi('临时网络地址备案即将到期', 'Temporary network filing ends soon'),
    happened: bi(
      `“${unit.zh}”的乐企服务网络地址备案为临时备案，使用有效期将于 ${dayOr(f.endsOn).zh}届满（含当日）。`,
      `The Leqi network address filing of ${unit.en} is temporary and its validity ends on ${dayOr(f.endsOn).en} (last day included).`,
    ),
    todo: {
      unit: f.endsOn
        ? {
            what: bi(
              `如需继续访问，请不晚于 ${onDate(f.endsOn).zh}提交网络地址变更备案（FILE_NETWORK_ADDRESS，变更使用有效期）；否则自 ${startOf(addDays(f.endsOn, 1)).zh}起网络准入终止。`,
              `To keep your access, file a change of the network filing (FILE_NETWORK_ADDRESS, new validity) no later than ${onDate(f.endsOn).en}; otherwise network admission ends at ${startOf(addDays(f.endsOn, 1)).en}.`,
            ),
            by: f.endsOn,
          }
        : nothing(bi('如需继续访问，请尽快提交网络地址变更备案。', 'To keep your access, file a change of the network filing soon.')),
    },
    details: [{ label: bi('使用有效期止（含当日）', 'Validity ends (last day)'), value: dayOr(f.endsOn) }],
  };
}

function networkFilingExpired(f: z.output<typeof NetworkFilingEnds>, { unit }: NoticeContext): NoticeContent {
  return {
    title: bi('临时网络地址备案已到期', 'Temporary network filing expired'),
    happened: bi(
      `“${unit.zh}”的临时网络地址备案使用有效期已于 ${dayOr(f.endsOn).zh}届满${f.endsOn ? `，自 ${startOf(addDays(f.endsOn, 1)).zh}起网络准入终止` : ''}。`,
      `The temporary network filing of ${unit.en} ended on ${dayOr(f.endsOn).en}${f.endsOn ? `; network admission ended at ${startOf(addDays(f.endsOn, 1)).en}` : ''}.`,
    ),
    todo: {
      unit: nothing(bi('请停止从该备案的地址访问；如需继续使用，请立即提交网络地址备案（FILE_NETWORK_ADDRESS）。', 'Stop connecting from the filed addresses; to continue, file the network address again at once (FILE_NETWORK_ADDRESS).')),
      officer: nothing(bi('请知悉；如该单位仍在使用乐企服务，请跟进其网络地址备案。', 'For your information; if the unit still uses Leqi services, follow up its network filing.')),
    },
    details: [{ label: bi('使用有效期止（含当日）', 'Validity ended (last day)'), value: dayOr(f.endsOn) }],
  };
}

// ---------------------------------------------------------------------------------------------
// termination filings (G5.4; T-08, P-TRM-01, P-TRM-04)

const TerminationFiled = z.object({ effectiveOn: day, reason: text, usingUnits: text });

function terminationFiled(f: z.output<typeof TerminationFiled>, { unit, at }: NoticeContext): NoticeContent {
  // effectiveOn is the first day without service (decisions.md, T-08)
  const lastDay = f.effectiveOn ? addDays(f.effectiveOn, -1) : null;
  const from = f.effectiveOn ? startOf(f.effectiveOn) : dash;
  const details = [
    { label: bi('终止生效', 'Service ends at'), value: from },
    { label: bi('最后服务日', 'Last day of service'), value: dayOr(lastDay) },
    ...(f.usingUnits ? [{ label: bi('涉及使用单位', 'Using units'), value: plain(f.usingUnits) }] : []),
    { label: bi('终止原因', 'Reason'), value: plain(f.reason) },
  ];
  const withdraw = bi(`如需撤回，请在 ${dayOr(lastDay).zh}前撤回备案（WITHDRAW_TERMINATION）。`, `To withdraw it, do so by ${dayOr(lastDay).en} (WITHDRAW_TERMINATION).`);
  if (f.usingUnits) {
    return {
      title: bi('终止向使用单位提供服务的备案', 'Termination filing for using units'),
      happened: bi(
        `“${unit.zh}”于 ${atInstant(at).zh}进行了终止服务备案：自 ${from.zh}起终止向使用单位 ${f.usingUnits} 提供数电票等涉税服务（最后服务日 ${dayOr(lastDay).zh}）。理由：${f.reason ?? '—'}。直连单位自身的接入服务不受影响。`,
        `On ${atInstant(at).en} ${unit.en} filed the termination of its digital e-invoice and other tax services to using units ${f.usingUnits}, from ${from.en} (last day of service ${dayOr(lastDay).en}). Reason: ${f.reason ?? '—'}. The unit’s own access continues.`,
      ),
      todo: {
        unit: { what: bi(`请在 ${dayOr(lastDay).zh}前告知所列使用单位并做好停用安排。${withdraw.zh}`, `Tell the listed using units and prepare the switch-off by ${dayOr(lastDay).en}. ${withdraw.en}`), by: lastDay },
        usingUnits: {
          what: bi(
            `所列使用单位自 ${from.zh}起不能再通过“${unit.zh}”的乐企自用使用乐企服务，如需继续使用请另行安排接入；未列入的使用单位不受影响。`,
            `The listed using units can no longer use Leqi services through the self-use system of ${unit.en} from ${from.en}; arrange another connection to continue. Using units not listed are not affected.`,
          ),
          by: lastDay,
        },
        officer: nothing(bi('请知悉并登记该终止服务备案；生效时系统自动关闭相关使用单位的能力授权。', 'Take note of the filing; when it takes effect the using units’ capability grants close automatically.')),
      },
      details,
    };
  }
  return {
    title: bi('终止服务备案：乐企接入服务将终止', 'Termination filed: Leqi access will end'),
    happened: bi(
      `“${unit.zh}”于 ${atInstant(at).zh}进行了终止服务备案：自 ${from.zh}起终止乐企服务（最后服务日 ${dayOr(lastDay).zh}），届时乐企接入资格终止，服务协议同时废止，能力订阅、能力授权及网络地址备案随之关闭。理由：${f.reason ?? '—'}。`,
      `On ${atInstant(at).en} ${unit.en} filed the termination of its Leqi service from ${from.en} (last day of service ${dayOr(lastDay).en}); its access qualification and the service agreement end then, and its capability subscriptions, grants and network filing close with them. Reason: ${f.reason ?? '—'}.`,
    ),
    todo: {
      unit: { what: bi(`请在 ${dayOr(lastDay).zh}前告知全部使用单位并做好停用安排，按要求留存相关记录。${withdraw.zh}`, `Tell all your using units, prepare the switch-off and keep the required records by ${dayOr(lastDay).en}. ${withdraw.en}`), by: lastDay },
      usingUnits: {
        what: bi(
          `自 ${from.zh}起贵单位不能再通过直连单位“${unit.zh}”的乐企自用使用乐企服务；如需继续使用，请另行安排接入。`,
          `From ${from.en} you can no longer use Leqi services through the self-use system of ${unit.en}; arrange another connection if you need to continue.`,
        ),
        by: lastDay,
      },
      officer: nothing(bi('请知悉并登记该终止服务备案；生效时系统自动终止该单位的接入服务。', 'Take note of the filing; the unit’s access ends automatically when it takes effect.')),
    },
    details,
  };
}

const TerminationWithdrawn = z.object({ effectiveOn: day });

function terminationWithdrawn(f: z.output<typeof TerminationWithdrawn>, { unit, at }: NoticeContext): NoticeContent {
  return {
    title: bi('终止服务备案已撤回', 'Termination filing withdrawn'),
    happened: bi(
      `“${unit.zh}”于 ${atInstant(at).zh}撤回了原定自 ${dayOr(f.effectiveOn).zh}起生效的终止服务备案，乐企服务照常提供。`,
      `On ${atInstant(at).en} ${unit.en} withdrew its termination filing that was to take effect on ${dayOr(f.effectiveOn).en}; Leqi service continues as before.`,
    ),
    todo: {},
    details: [{ label: bi('原定终止生效日', 'Withdrawn effective date'), value: dayOr(f.effectiveOn) }],
  };
}

const UsingUnitsEnded = z.object({ usingUnits: text, on: day });

function usingUnitsEnded(f: z.output<typeof UsingUnitsEnded>, { unit }: NoticeContext): NoticeContent {
  const uus = f.usingUnits ?? '—';
  return {
    title: bi('已终止向使用单位提供乐企服务', 'Service to using units ended'),
    happened: bi(
      `根据终止服务备案，自 ${dayOr(f.on).zh}起直连单位“${unit.zh}”不再向使用单位 ${uus} 提供数电票等涉税服务，相关能力授权已关闭。直连单位自身的接入服务不受影响。`,
      `Under the termination filing, from ${dayOr(f.on).en} ${unit.en} no longer provides digital e-invoice and other tax services to using units ${uus}; their capability grants are closed. The unit’s own access continues.`,
    ),
    todo: {
      usingUnits: nothing(
        bi(`所列使用单位不能再通过“${unit.zh}”的乐企自用使用乐企服务，如需继续使用请另行安排接入；未列入的使用单位不受影响。`, `The listed using units can no longer use Leqi services through the self-use system of ${unit.en}; arrange another connection to continue. Using units not listed are not affected.`),
      ),
      unit: nothing(bi('请更新使用单位关联关系台账，并按要求留存相关记录。', 'Update your ledger of using units and keep the required records.')),
    },
    details: [{ label: bi('使用单位', 'Using units'), value: plain(f.usingUnits) }, { label: bi('终止日期', 'Ended on'), value: dayOr(f.on) }],
  };
}

// ---------------------------------------------------------------------------------------------
// delivery (workflow → officer)

/** `rejected`/`dropped`: the addresses refused and those never tried; `missed`: both, or the error, in one line */
const DeliveryFailed = z.object({ template: text, noticeId: text, rejected: text, dropped: text, missed: text });

function deliveryFailed(f: z.output<typeof DeliveryFailed>, { unit, at }: NoticeContext): NoticeContent {
  const notice = bi(`通知 ${f.noticeId ?? '—'}（${f.template ?? '—'}）`, `notice ${f.noticeId ?? '—'} (${f.template ?? '—'})`);
  const lists = [
    ...(f.rejected ? [{ label: bi('被拒收', 'Rejected'), value: plain(f.rejected) }] : []),
    ...(f.dropped ? [{ label: bi('未发送（地址无效或未配置）', 'Not sent (invalid or missing address)'), value: plain(f.dropped) }] : []),
    ...(f.missed ? [{ label: bi('未送达', 'Not delivered'), value: plain(f.missed) }] : []),
  ];
  const who = [f.rejected, f.dropped, f.missed].filter(Boolean).join('; ') || '—';
  return {
    title: bi('通知未能送达', 'Notice not delivered'),
    happened: bi(
      `关于“${unit.zh}”的${notice.zh}（${atInstant(at).zh}）未能送达全部收件人：${who}。`,
      `The ${notice.en} about ${unit.en} (${atInstant(at).en}) did not reach every recipient: ${who}.`,
    ),
    todo: {
      officer: nothing(
        bi(
          '请核实并更正收件人邮箱，并通过电话、征纳互动平台等其他途径将该通知内容告知相关单位。',
          'Check and correct the recipients’ addresses, and tell the parties concerned by another channel (telephone, the e-tax interaction platform).',
        ),
      ),
    },
    details: [{ label: bi('通知编号', 'Notice id'), value: plain(f.noticeId) }, { label: bi('通知类型', 'Notice kind'), value: plain(f.template) }, ...lists],
  };
}

// ---------------------------------------------------------------------------------------------
// T-18, T-25: a request waiting for an officer past the policy's threshold

const DecisionAgeing = z.object({ what: text, subject: text, since: day, decisionRuleId: text, days: text });

const WAITING: Record<string, Bilingual> = {
  application: bi('接入请求', 'access request'),
  renewal: bi('延续请求', 'renewal request'),
  capabilityReport: bi('能力测试报告', 'capability test report'),
  useRequest: bi('使用请求', 'use request'),
  proposedCase: bi('待确认的资格案件', 'proposed eligibility case'),
  proposedTermination: bi('待确认的终止建议', 'proposed termination'),
};

function decisionAgeing(f: z.output<typeof DecisionAgeing>, { unit }: NoticeContext): NoticeContent {
  const what = words(WAITING, f.what);
  const since = dayOr(f.since);
  return {
    title: bi('待办事项超期未决', 'Decision overdue'),
    happened: bi(
      `“${unit.zh}”的${what.zh}（${f.subject ?? '—'}）自 ${since.zh} 起等待税务机关处理，已超过 ${f.days ?? '—'} 日（规则 ${f.decisionRuleId ?? '—'}）。`,
      `The ${what.en} of ${unit.en} (${f.subject ?? '—'}) has waited for the tax authority since ${since.en}, more than ${f.days ?? '—'} days (rule ${f.decisionRuleId ?? '—'}).`,
    ),
    todo: {
      supervisor: nothing(bi('请督办：确保经办人尽快作出决定并通过乐企平台反馈结果。', 'Please follow up: have the officer decide and answer through the Leqi platform without delay.')),
      officer: nothing(bi('请尽快处理该事项并反馈结果。', 'Please decide this request and answer it without delay.')),
    },
    details: [
      { label: bi('事项', 'Request'), value: what },
      { label: bi('对象', 'Subject'), value: plain(f.subject) },
      { label: bi('等待起始日', 'Waiting since'), value: since },
    ],
  };
}

export const LIFECYCLE_TEMPLATES = {
  decisionAgeing: template(DecisionAgeing, decisionAgeing),
  capabilityUpdated: template(CapabilityUpdated, capabilityUpdated),
  capabilityGranted: template(CapabilityGranted, capabilityGranted),
  changeRecorded: template(ChangeRecorded, changeRecorded),
  obligationDue: template(DutyFacts, obligationDue),
  upgradePublished: template(DutyFacts, upgradePublished),
  obligationOverdue: template(DutyFacts, obligationOverdue),
  networkFilingUpdated: template(NetworkFilingUpdated, networkFilingUpdated),
  networkFilingExpiring: template(NetworkFilingEnds, networkFilingExpiring),
  networkFilingExpired: template(NetworkFilingEnds, networkFilingExpired),
  terminationFiled: template(TerminationFiled, terminationFiled),
  terminationWithdrawn: template(TerminationWithdrawn, terminationWithdrawn),
  usingUnitsEnded: template(UsingUnitsEnded, usingUnitsEnded),
  deliveryFailed: template(DeliveryFailed, deliveryFailed),
};
