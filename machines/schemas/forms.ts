/**
 * The onboarding payloads of `SUBMIT_APPLICATION`: the access information form (附1, F1), the
 * materials list (G3.1(1)), the network address filing (附3, F3), the authorization letter
 * (附4, F4) and the contacts. Field comments cite the form field (`F1.9` = F1 field 9 in
 * rules.md §1.3) or the rule id. Money is in yuan (contract), counts are invoices, dates are
 * CST calendar days. No transforms: these schemas are also published as JSON Schema.
 */
import { z } from 'zod';
import { cleanLine, cleanLineOrEmpty, cleanText, cleanTextOrEmpty } from './text.js';
import { addDays, addYears, CalendarDate } from '../calendar.js';
import { Uscc } from '../uscc.js';
import { TaxAuthority } from './actor.js';

// ---------------------------------------------------------------------------------------------
// shared field types

/** a non-empty single-line name */
const Name = cleanLine(200);
/** a document reference (file id, archive number, URL) */
export const DocumentRef = cleanLine(500);
export type DocumentRef = z.infer<typeof DocumentRef>;

/** national tax credit rating scale (纳税信用等级), rules.md §1.7 */
export const CreditRating = z.enum(['A', 'B', 'M', 'C', 'D']);
export type CreditRating = z.infer<typeof CreditRating>;

/** yuan (CNY); the seed's 万元 are converted on input (contract) */
export const Cny = z.number().finite().nonnegative();
/** a number of invoices (份 / 张 are the same here, Q-07) */
const InvoiceCount = z.number().int().nonnegative();

/** mainland mobile or landline (F1.7, derived format), or an international E.164 number */
export const Phone = z
  .string()
  .regex(
    /^(?:(?:\+86[- ]?)?(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d+)?)|\+[1-9]\d{6,14})$/,
    'expected a mainland mobile (13800000000), a landline (028-12345678) or an E.164 number (+44…)',
  );
export type Phone = z.infer<typeof Phone>;

/**
 * a competent tax authority's code (税务机关代码): exactly 11 digits (e.g. 15101000000), the same
 * code as `actor.authority`, `LeqiAuthorities` and LEQI_OFFICER_MAILBOXES (issue 14)
 */
export const TaxAuthorityCode = TaxAuthority.meta({ description: 'the competent tax authority’s 11-digit code (税务机关代码), e.g. 15101000000' });

// ---------------------------------------------------------------------------------------------
// contacts

/** who a contact is (rules.md §1.1 natural-person roles) */
export const ContactRole = z.enum([
  'contact', // 联系人
  'legalRepresentative', // 法定代表人（负责人）
  'financialOfficer', // 财务负责人
  'projectLead', // 项目负责人
  'handler', // 经办人
  'entrustedAgent', // 委托代理人
  'networkSecurityOfficer', // 网络安全负责人, A3.O4(1)
  'invoiceDataSecurityOfficer', // 发票数据安全负责人, A3.O5(2)
]);
export type ContactRole = z.infer<typeof ContactRole>;

/** a person who receives the unit's notices, in their language */
export const Contact = z.strictObject({
  role: ContactRole,
  name: Name,
  email: z.email('expected an email address'),
  phone: Phone.optional(),
  /** language of the notices sent to this contact */
  language: z.enum(['zh', 'en']),
});
export type Contact = z.infer<typeof Contact>;

// ---------------------------------------------------------------------------------------------
// F1 parts

/** E-DCU-1: the DCU's place in its organisation (G1.2 L39–43); OTHER is for the officer (等) */
export const OrgRole = z.enum([
  'HEAD_OFFICE', // 总分支机构的总公司
  'GROUP_HQ', // 集团企业总部
  'ACTUAL_CONTROLLER', // 具备股权控制关系的实际控制单位
  'OTHER', // the list ends with 等
]);
export type OrgRole = z.infer<typeof OrgRole>;

/** E-UU-2: a using unit's relationship with the DCU (union of G1.1, G1.2, G2.2(1)2; Q-02) */
export const UsingUnitRelationship = z.enum([
  'SELF', // 为直连单位 (the DCU itself)
  'HEAD_BRANCH', // 同一总分公司 / 总分支机构
  'GROUP_MEMBER', // 集团企业成员单位
  'EQUITY_CONTROL', // 相互股权控制 / 母子公司 / 控股
]);
export type UsingUnitRelationship = z.infer<typeof UsingUnitRelationship>;

/** E-UU-7: sectors whose units need no relationship proof, if designated at provincial level */
export const ExemptSector = z.enum(['RAILWAY', 'CIVIL_AVIATION', 'HIGHWAY', 'OTHER_DESIGNATED']);
export type ExemptSector = z.infer<typeof ExemptSector>;

/** E-DCU-10, E-AUTH-7: the right the unit holds in its own information system */
export const SoftwareRight = z.enum([
  'copyright', // 软件著作权
  'useRight', // 使用权
  'authorization', // 相关授权
]);
export type SoftwareRight = z.infer<typeof SoftwareRight>;

/** the DCU's technical and security declarations; the officer confirms them (E-DCU-2, 9–11) */
export const DcuAttestations = z.strictObject({
  /** E-DCU-2: services only for itself and its subordinate units, not mainly for gain, no fees */
  selfUseOnly: z.boolean(),
  /** E-DCU-9: network/data-security compliance, truthful reporting, joint liability for UUs */
  securityCompliance: z.boolean(),
  /** E-DCU-10: strong IT construction/service/O&M capability, or IT-construction management */
  itCapability: z.boolean(),
  /** E-DCU-10: right in the own system (null: none); proof is material 3 */
  softwareRight: SoftwareRight.nullable(),
  /** E-DCU-11: stores data as the tax authority requires */
  dataRetentionPerTa: z.boolean(),
  /** E-DCU-11: risk-control rules embedded (内嵌风险控制规则) */
  riskRulesEmbedded: z.boolean(),
  /** E-DCU-11: interface open for the tax authority's online audit (在线审计) */
  auditInterfaceOpen: z.boolean(),
});
export type DcuAttestations = z.infer<typeof DcuAttestations>;

/** a unit requesting to become a using unit at the same time as the DCU (F1.8/18, E-UU-11) */
export const RequestedUsingUnit = z.strictObject({
  uscc: Uscc,
  name: Name,
  /** E-UU-2 */
  relationship: UsingUnitRelationship,
  /** E-UU-3: A, B or M under the default policy */
  creditRating: CreditRating,
  /** E-DCU-5 (F1.11 share): previous-year operating revenue, yuan */
  revenuePrevYearCny: Cny,
  /** E-DCU-6 (F1.10 share): invoices issued in the 12 months before the request month */
  invoicesIssued12m: InvoiceCount,
  /** E-DCU-6 (F1.10 share): invoices received in the same months */
  invoicesReceived12m: InvoiceCount,
  /** G3.1(2)1(1): the using unit's own competent tax authority, which decides its use request */
  competentTaxAuthority: TaxAuthorityCode,
  /** E-UU-1: in the digital e-invoice pilot scope */
  inPilotScope: z.boolean(),
  /** E-UU-4: a major tax violation determined in the last three years (T-12c) */
  hasMajorTaxViolation3y: z.boolean(),
  /** E-UU-5: can cooperate in providing tax data and report major changes */
  canProvideTaxData: z.boolean(),
  /** E-UU-7: proof of the relationship (G3.1(2)2(1)) */
  relationshipProofRef: DocumentRef.optional(),
  /** E-UU-7: a designated sector exempt from the proof */
  exemptSector: ExemptSector.optional(),
  /**
   * G5.4, N-24: who receives this using unit's notices. Optional (clients of earlier versions send
   * none): without it the officer is shown so at the application, and each notice for the using
   * unit is escalated to the officer with that reason.
   */
  contact: Contact.optional(),
});
export type RequestedUsingUnit = z.infer<typeof RequestedUsingUnit>;

/** the builder the DCU authorizes (F1.3–4; its conditions are F4 clause 三, E-AUTH-*) */
export const AuthorizedUnit = z.strictObject({
  /** F1.3 被授权单位统一社会信用代码 */
  uscc: Uscc,
  /** F1.4 被授权单位名称 */
  name: Name,
  /** E-AUTH-1, F4.5: 关联企业 (affiliate) or 不具关联关系的第三方企业 (third party) */
  relation: z.enum(['affiliate', 'thirdParty']),
  /** E-AUTH-1, F4.6: build and manage (affiliates) or build only */
  scope: z.enum(['buildAndManage', 'buildOnly']),
  /** E-AUTH-4: A or B */
  creditRating: CreditRating,
  /** E-AUTH-3 */
  inPilotScope: z.boolean(),
  /** E-AUTH-5 (T-12c) */
  hasMajorTaxViolation3y: z.boolean(),
  /** E-AUTH-6 */
  canProvideTaxData: z.boolean(),
  /** E-AUTH-2: can coordinate building or adapting the DCU's and UUs' systems */
  canCoordinateSystems: z.boolean(),
  /** E-AUTH-7: strong IT construction, service and O&M capability */
  itCapability: z.boolean(),
  /** E-AUTH-7: right in its own system (null: none) */
  softwareRight: SoftwareRight.nullable(),
  /** E-AUTH-8: data retention, embedded risk rules and an audit interface, all three */
  dataRetentionRiskRulesAudit: z.boolean(),
  /** E-AUTH-9: security compliance, truthful reporting, joint liability */
  securityCompliance: z.boolean(),
  /** E-AUTH-1 (derived): evidence of the affiliation */
  affiliationProofRef: DocumentRef.optional(),
});
export type AuthorizedUnit = z.infer<typeof AuthorizedUnit>;

/** F1.15–16: the requested period; SHORT is at most one year, LONG more */
export const RequestPeriod = z.strictObject({
  /** F1.15 □短期（一年及以内） □长期（一年以上） */
  type: z.enum(['SHORT', 'LONG']),
  /** F1.16 first day */
  startsOn: CalendarDate,
  /** F1.16 last day (inclusive) */
  endsOn: CalendarDate,
});
export type RequestPeriod = z.infer<typeof RequestPeriod>;

// ---------------------------------------------------------------------------------------------
// F1: access information form

const accessInformationFormShape = {
  // 单位信息 (unit information)
  /** F1.1 直连单位统一社会信用代码 */
  dcuUscc: Uscc,
  /** F1.2 直连单位名称 */
  dcuName: Name,
  /** F1.3–4 被授权单位 (absent: no builder is authorized) */
  authorizedUnit: AuthorizedUnit.optional(),
  /** F1.5 接入引擎自有信息系统名称 */
  accessEngineSystemName: Name,
  /** F1.6 联系人 */
  contactName: Name,
  /** F1.7 联系电话 */
  contactPhone: Phone,
  /** G3.1(1): the DCU's competent tax authority (属地化管理), addressee of the request */
  competentTaxAuthority: TaxAuthorityCode,
  /** E-DCU-1 */
  orgRole: OrgRole,
  /** E-DCU-3: in the digital e-invoice pilot scope */
  inPilotScope: z.boolean(),

  // 相关资质信息 (qualification information)
  /** F1.8 使用单位户数: the units listed in `usingUnits` */
  usingUnitCount: z.number().int().nonnegative(),
  /** F1.9 直连单位纳税人信用等级 (E-DCU-4) */
  creditRating: CreditRating,
  /** F1.9: the year the rating was published for */
  ratingYear: z.number().int().min(2000).max(2100).optional(),
  /** F1.10 前12个月累计发票开票量及受票量（张）, DCU + simultaneous UUs (E-DCU-6, T-12a) */
  combinedInvoiceCount12m: InvoiceCount,
  /** F1.11 上一年度合计营业收入, DCU + simultaneous UUs, in yuan not 万元 (E-DCU-5, T-12b) */
  combinedRevenuePrevYearCny: Cny,
  /** F1.12 能否按照税务机关要求依法提供相关涉税数据 (E-DCU-8) */
  canProvideTaxData: z.boolean(),
  /** F1.13 近三年内是否存在重大税收违法行为 (E-DCU-7, T-12c) */
  hasMajorTaxViolation3y: z.boolean(),
  /** F1.18 attachment: the DCU's own previous-year revenue, yuan */
  revenuePrevYearCny: Cny,
  /** F1.18 attachment: the DCU's own invoices issued in the 12 months */
  invoicesIssued12m: InvoiceCount,
  /** F1.18 attachment: the DCU's own invoices received in the 12 months */
  invoicesReceived12m: InvoiceCount,
  /** F1.18 attachment: units requesting at the same time to become using units (E-UU-11) */
  usingUnits: z.array(RequestedUsingUnit),
  /** E-DCU-2, 9–11: technical and security declarations */
  attestations: DcuAttestations,

  // 请求信息 (request information)
  /** F1.14 请求类型 □接入 □变更 □终止 */
  requestType: z.enum(['ACCESS', 'CHANGE', 'TERMINATION']),
  /** F1.15–16 请求期限 (not for TERMINATION) */
  requestPeriod: RequestPeriod.optional(),
  /** F1.17 变更、终止原因 (CHANGE and TERMINATION only) */
  changeOrTerminationReason: cleanText(2000).optional(),
  /** F1.18 详细信息 */
  details: cleanTextOrEmpty(10_000).optional(),
  /** F1.18 （可附页） */
  detailAttachmentRefs: z.array(DocumentRef).optional(),
  /** F1.19 本单位对填写的上述内容及提交的相关材料的真实性负责 (basis of S-10) */
  truthfulnessDeclaration: z.literal(true, 'the truthfulness declaration must be accepted'),
  /** F1.21 单位法定代表人（签字）: signer's name or e-signature ref */
  legalRepSignature: Name.optional(),
  /** F1.22 经办人（签字）: ambiguous side, optional here */
  handlerSignature: Name.optional(),
  /** F1.23 委托代理人（签字）: signs instead of the legal representative */
  entrustedAgentSignature: Name.optional(),
  /** F1.24 （直连单位盖章）: seal or e-seal ref */
  dcuSealRef: DocumentRef,
  /** F1.26 年 月 日 (the DCU's date) */
  dcuSignedOn: CalendarDate,
  // F1.20 税务机关意见, F1.25 seal and F1.26 TA date come with APPROVE/RETURN_APPLICATION
};

/** Revenue and invoices of the DCU plus its simultaneous using units, each entity once. */
export function combinedFigures(form: {
  dcuUscc: string;
  revenuePrevYearCny: number;
  invoicesIssued12m: number;
  invoicesReceived12m: number;
  usingUnits: readonly Pick<
    RequestedUsingUnit,
    'uscc' | 'revenuePrevYearCny' | 'invoicesIssued12m' | 'invoicesReceived12m'
  >[];
}): { revenueCny: number; invoiceCount: number; counted: string[] } {
  let revenueCny = form.revenuePrevYearCny;
  let invoiceCount = form.invoicesIssued12m + form.invoicesReceived12m;
  const counted = [form.dcuUscc];
  for (const uu of form.usingUnits) {
    // the DCU as its own using unit (SELF) and repeated entries are counted once
    if (counted.includes(uu.uscc)) continue;
    counted.push(uu.uscc);
    revenueCny += uu.revenuePrevYearCny;
    invoiceCount += uu.invoicesIssued12m + uu.invoicesReceived12m;
  }
  return { revenueCny, invoiceCount, counted };
}

const fen = (cny: number): number => Math.round(cny * 100);

/** Cross-field rules of F1 alone (superRefine callback). */
export function refineAccessInformationForm(
  form: z.infer<z.ZodObject<typeof accessInformationFormShape>>,
  ctx: z.RefinementCtx,
): void {
  const issue = (path: PropertyKey[], message: string): void => {
    ctx.addIssue({ code: 'custom', path, message });
  };

  // F1.8: the count is the number of units listed
  if (form.usingUnitCount !== form.usingUnits.length) {
    issue(['usingUnitCount'], `F1.8: ${form.usingUnitCount} using units declared but ${form.usingUnits.length} listed`);
  }
  // F1.10, F1.11: declared totals equal the listed figures (Q-39: simple sums)
  const sums = combinedFigures(form);
  if (form.combinedInvoiceCount12m !== sums.invoiceCount) {
    issue(['combinedInvoiceCount12m'], `F1.10: declared ${form.combinedInvoiceCount12m}, but the listed units add up to ${sums.invoiceCount}`);
  }
  if (fen(form.combinedRevenuePrevYearCny) !== fen(sums.revenueCny)) {
    issue(['combinedRevenuePrevYearCny'], `F1.11: declared ${form.combinedRevenuePrevYearCny} yuan, but the listed units add up to ${sums.revenueCny} yuan`);
  }

  // using units: each once; SELF is the DCU itself and nobody else is (E-UU-2, Q-02)
  const seen = new Set<string>();
  form.usingUnits.forEach((uu, i) => {
    if (seen.has(uu.uscc)) issue(['usingUnits', i, 'uscc'], `using unit ${uu.uscc} is listed twice`);
    seen.add(uu.uscc);
    if (uu.relationship === 'SELF' && uu.uscc !== form.dcuUscc) {
      issue(['usingUnits', i, 'relationship'], 'SELF is only for the DCU itself (its USCC differs)');
    }
    if (uu.relationship !== 'SELF' && uu.uscc === form.dcuUscc) {
      issue(['usingUnits', i, 'relationship'], 'the DCU listed as its own using unit must have relationship SELF');
    }
  });

  // F1.3: the builder is another unit
  if (form.authorizedUnit && form.authorizedUnit.uscc === form.dcuUscc) {
    issue(['authorizedUnit', 'uscc'], 'F1.3: the authorized unit must differ from the DCU');
  }

  // F1.15–16: the period, unless terminating; SHORT ≤ 1 year < LONG
  if (form.requestType === 'TERMINATION') {
    if (form.requestPeriod) issue(['requestPeriod'], 'F1.15: no requested period for a TERMINATION request');
  } else if (!form.requestPeriod) {
    issue(['requestPeriod'], `F1.15: a requested period is required for ${form.requestType}`);
  } else {
    const { type, startsOn, endsOn } = form.requestPeriod;
    if (endsOn < startsOn) {
      issue(['requestPeriod', 'endsOn'], `F1.16: the period ends (${endsOn}) before it starts (${startsOn})`);
    } else {
      // the last day of one year whose first day is startsOn
      const oneYearLastDay = addDays(addYears(startsOn, 1), -1);
      const short = endsOn <= oneYearLastDay;
      if (type === 'SHORT' && !short) {
        issue(['requestPeriod', 'type'], `F1.15: SHORT is at most one year (last day ${oneYearLastDay}); use LONG`);
      }
      if (type === 'LONG' && short) {
        issue(['requestPeriod', 'type'], `F1.15: LONG is more than one year (past ${oneYearLastDay}); use SHORT`);
      }
    }
  }
  // F1.17: a reason for a change or termination
  if (form.requestType !== 'ACCESS' && !form.changeOrTerminationReason) {
    issue(['changeOrTerminationReason'], `F1.17: a reason is required for ${form.requestType}`);
  }
  // F1.21/23: signed by the legal representative or an entrusted agent
  if (!form.legalRepSignature && !form.entrustedAgentSignature) {
    issue(['legalRepSignature'], 'F1.21: signed by the legal representative (or F1.23 an entrusted agent)');
  }
}

/** Annex 1 乐企直连服务接入信息表, with the attachment listing the simultaneous using units. */
export const AccessInformationForm = z.strictObject(accessInformationFormShape).superRefine(refineAccessInformationForm);
export type AccessInformationForm = z.infer<typeof AccessInformationForm>;

// ---------------------------------------------------------------------------------------------
// G3.1(1): materials

/** the materials of the access request, G3.1(1) material 1–7 */
export const MaterialKind = z.enum([
  'accessInformationForm', // 1: F1 接入信息表 (requestType ACCESS)
  'serviceAgreement', // 2: F2 服务协议书, signed and sealed
  'softwareRightsProof', // 3: software copyright or right-of-use proof
  'projectReport', // 4: 项目报告 (P-ONB-03)
  'authorizationLetter', // 5: F4 授权委托书, only with an authorized builder
  'networkAddressFiling', // 6: F3 网络地址备案表
  'other', // 7: other materials the tax authority requires
]);
export type MaterialKind = z.infer<typeof MaterialKind>;

/** one submitted document */
export const Material = z.strictObject({
  kind: MaterialKind,
  ref: DocumentRef,
  /** optional human title, e.g. the certificate number */
  title: cleanLineOrEmpty(200).optional(),
});
export type Material = z.infer<typeof Material>;

/** the materials list; a kind may appear more than once (several certificates) */
export const Materials = z.array(Material);
export type Materials = z.infer<typeof Materials>;

/** kinds every access request needs (material 5 depends on the builder, 7 on the officer) */
export const REQUIRED_MATERIALS: readonly MaterialKind[] = [
  'accessInformationForm',
  'serviceAgreement',
  'softwareRightsProof',
  'projectReport',
  'networkAddressFiling',
];

/** The required kinds absent from `materials`, in material order. */
export function missingMaterials(
  materials: readonly Pick<Material, 'kind'>[],
  options: { builder: boolean; also?: readonly MaterialKind[] },
): MaterialKind[] {
  const required = new Set<MaterialKind>([...REQUIRED_MATERIALS, ...(options.also ?? [])]);
  if (options.builder) required.add('authorizationLetter');
  const present = new Set(materials.map((m) => m.kind));
  return MaterialKind.options.filter((kind) => required.has(kind) && !present.has(kind));
}

// ---------------------------------------------------------------------------------------------
// F3: network address filing

const isIpv4 = (s: string): boolean => z.ipv4().safeParse(s).success;
const isIpv6 = (s: string): boolean => z.ipv6().safeParse(s).success;

/** why an address cannot be a production address, or null (F3.11: public addresses, derived) */
function nonPublicReason(ip: string): string | null {
  if (isIpv4(ip)) {
    const [a = 0, b = 0] = ip.split('.').map(Number);
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private (RFC 1918) address';
    if (a === 127) return 'a loopback address';
    if (a === 0) return 'an unspecified address';
    if (a === 169 && b === 254) return 'a link-local address';
    if (a >= 224) return 'a multicast or reserved address';
    return null;
  }
  const lower = ip.toLowerCase();
  if (lower === '::1') return 'a loopback address';
  if (lower === '::') return 'an unspecified address';
  if (/^f[cd]/.test(lower)) return 'a unique-local address';
  if (/^fe[89ab]/.test(lower)) return 'a link-local address';
  if (/^ff/.test(lower)) return 'a multicast address';
  return null;
}

/** a public IPv4 or IPv6 address of the production environment (F3.11) */
export const IpAddress = z
  .string()
  .refine((s) => isIpv4(s) || isIpv6(s), 'expected an IPv4 (203.0.113.10) or IPv6 (2001:db8::10) address')
  .superRefine((s, ctx) => {
    if (!isIpv4(s) && !isIpv6(s)) return;
    const reason = nonPublicReason(s);
    if (reason) ctx.addIssue({ code: 'custom', message: `F3.11: ${s} is ${reason}; production addresses are public` });
  });

/** a TCP/UDP port */
export const Port = z.number().int().min(1, 'ports are 1–65535').max(65535, 'ports are 1–65535');

/** F3.9–10 使用有效期: 长期 (permanent) or 临时 (temporary, with its dates; T-14) */
export const NetworkValidity = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('permanent'),
    /** T-14 reading (b): an optional first day */
    startsOn: CalendarDate.optional(),
  }),
  z.strictObject({
    type: z.literal('temporary'),
    startsOn: CalendarDate,
    /** the last day of network admission (T-14, N-25) */
    endsOn: CalendarDate,
  }),
]);
export type NetworkValidity = z.infer<typeof NetworkValidity>;

/** Annex 3 乐企服务网络地址备案表 */
export const NetworkAddressFiling = z
  .strictObject({
    /** F3.1 单位名称 */
    unitName: Name,
    /** F3.1 统一身份代码, read as the USCC */
    unitUscc: Uscc,
    /** F3.2 联系人 */
    contactName: Name,
    /** F3.3 电子邮箱 */
    contactEmail: z.email('expected an email address'),
    /** F3.4 联系电话 */
    contactPhone: Phone,
    /** F3.5 企业应用系统名称 (= F1.5) */
    enterpriseAppSystemName: Name,
    /** F3.6 提交日期 */
    submittedOn: CalendarDate,
    /** F3.7 备案原因 (the template sentence, XX = the system name) */
    filingReason: cleanText(2000).optional(),
    /** F3.8 开通 / 变更 / 关闭 (P-ONB-06) */
    action: z.enum(['open', 'change', 'close']),
    /** F3.9–10 使用有效期 */
    validity: NetworkValidity,
    /** F3.11 企业端 IP 地址 (生产环境) */
    productionIps: z.array(IpAddress).min(1, 'F3.11: at least one production IP address'),
    /** F3.12 服务协议, e.g. HTTPS */
    protocol: cleanLine(32),
    /** F3.13 端口号 */
    ports: z.array(Port).min(1, 'F3.13: at least one port'),
    /** F3.14 本单位审批意见 */
    unitApprovalOpinion: cleanText(2000),
    /** F3.14 （加盖公章）: seal or e-seal ref */
    unitSealRef: DocumentRef,
    /** F3.15 省局受理人 (filled by the provincial bureau) */
    provincialAcceptor: Name.optional(),
    /** F3.16 总局处理人 (filled by the SAT) */
    satHandler: Name.optional(),
  })
  .superRefine((filing, ctx) => {
    if (filing.validity.type === 'temporary' && filing.validity.endsOn < filing.validity.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['validity', 'endsOn'], message: 'F3.10: the validity ends before it starts' });
    }
    const firstIndex = new Map<string, number>();
    filing.productionIps.forEach((ip, i) => {
      const key = ip.toLowerCase();
      if (firstIndex.has(key)) ctx.addIssue({ code: 'custom', path: ['productionIps', i], message: `F3.11: ${ip} is listed twice` });
      else firstIndex.set(key, i);
    });
    filing.ports.forEach((port, i) => {
      if (filing.ports.indexOf(port) !== i) ctx.addIssue({ code: 'custom', path: ['ports', i], message: `F3.13: port ${port} is listed twice` });
    });
  });
export type NetworkAddressFiling = z.infer<typeof NetworkAddressFiling>;

// ---------------------------------------------------------------------------------------------
// F4: authorization letter

/** Annex 4 乐企服务授权委托书 */
export const AuthorizationLetter = z
  .strictObject({
    /** F4.1 授权单位名称 (= F1.2) */
    authorizingUnitName: Name,
    /** F4.2 纳税人识别号 of the authorizing unit, an 18-character USCC (Q-09; = F1.1) */
    authorizingUnitUscc: Uscc,
    /** F4.3 被授权单位名称 (= F1.4) */
    authorizedUnitName: Name,
    /** F4.4 纳税人识别号 of the authorized unit (= F1.3) */
    authorizedUnitUscc: Uscc,
    /** F4.5 clause 一: affiliate (关联企业) or third party (E-AUTH-1) */
    relation: z.enum(['affiliate', 'thirdParty']),
    /** F4.6 clauses 一–二: build and manage, or build only (E-AUTH-1) */
    scope: z.enum(['buildAndManage', 'buildOnly']),
    /** F4.7 clause 三: the authorized unit declares it meets the conditions (E-AUTH-3…9) */
    conditionsDeclared: z.literal(true, 'F4 clause 三: the authorized unit must declare the conditions'),
    /** derived: first day the authorization is in force */
    startsOn: CalendarDate,
    /** derived: last day (absent: until revoked by a change request, P-ONB-07) */
    endsOn: CalendarDate.optional(),
    /** F4.8 授权单位（盖章） */
    authorizingSealRef: DocumentRef,
    /** F4.8 法定代表人（签名） of the authorizing unit */
    authorizingLegalRep: Name,
    /** F4.8 年 月 日 */
    authorizingSignedOn: CalendarDate,
    /** F4.9 被授权单位（盖章） */
    authorizedSealRef: DocumentRef,
    /** F4.9 法定代表人（签名） of the authorized unit */
    authorizedLegalRep: Name,
    /** F4.9 年 月 日 */
    authorizedSignedOn: CalendarDate,
  })
  .superRefine((letter, ctx) => {
    if (letter.authorizedUnitUscc === letter.authorizingUnitUscc) {
      ctx.addIssue({ code: 'custom', path: ['authorizedUnitUscc'], message: 'F4.4: the authorized unit must differ from the authorizing unit' });
    }
    if (letter.endsOn !== undefined && letter.endsOn < letter.startsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: `F4: the authorization ends (${letter.endsOn}) before it starts (${letter.startsOn})` });
    }
  });
export type AuthorizationLetter = z.infer<typeof AuthorizationLetter>;

// ---------------------------------------------------------------------------------------------
// SUBMIT_APPLICATION

/** The fields of `SUBMIT_APPLICATION` (a shape to spread into the command schema). */
export const ApplicationSubmissionFields = {
  /** material 1: F1 with requestType ACCESS */
  application: AccessInformationForm,
  /** G3.1(1) materials 1–7 */
  materials: Materials,
  /** material 5: F4, iff `application.authorizedUnit` is present */
  authorizationLetter: AuthorizationLetter.optional(),
  /** material 6: F3 with action open */
  networkFiling: NetworkAddressFiling,
  /** who receives notices */
  contacts: z.array(Contact).min(1, 'at least one contact'),
};

/** the parsed value of the submission fields */
export type ApplicationSubmissionValue = z.infer<z.ZodObject<typeof ApplicationSubmissionFields>>;

/** Cross-form rules of a submission (superRefine callback); every issue carries its path. */
export function refineApplicationSubmission(value: ApplicationSubmissionValue, ctx: z.RefinementCtx): void {
  const issue = (path: PropertyKey[], message: string): void => {
    ctx.addIssue({ code: 'custom', path, message });
  };
  const { application: form, materials, authorizationLetter: letter, networkFiling: filing, contacts } = value;

  // G3.1(1)1, P-ONB-02: an access request
  if (form.requestType !== 'ACCESS') {
    issue(['application', 'requestType'], `G3.1(1)1: an application is an ACCESS request, not ${form.requestType}`);
  }

  // G3.1(1)5, P-ONB-07: the letter (material 5) iff a builder is named in F1.3–4
  const builder = form.authorizedUnit;
  if (builder && !letter) {
    issue(['authorizationLetter'], `G3.1(1)5: the authorization letter (附4) is required because F1 names ${builder.name} as authorized unit`);
  }
  if (!builder && letter) {
    issue(['authorizationLetter'], 'G3.1(1)5: an authorization letter is only submitted with an authorized unit in F1.3–4');
  }
  const hasLetterMaterial = materials.some((m) => m.kind === 'authorizationLetter');
  if (!builder && hasLetterMaterial) {
    issue(['materials'], 'G3.1(1)5: material authorizationLetter without an authorized unit in F1.3–4');
  }
  for (const kind of missingMaterials(materials, { builder: builder !== undefined })) {
    const number = MaterialKind.options.indexOf(kind) + 1;
    issue(['materials'], `G3.1(1)${number}: material ${kind} is missing`);
  }

  // F4 parties match F1
  if (builder && letter) {
    const pairs: [keyof AuthorizationLetter, unknown, unknown, string][] = [
      ['authorizingUnitUscc', letter.authorizingUnitUscc, form.dcuUscc, 'F4.2 must equal F1.1 (the DCU)'],
      ['authorizingUnitName', letter.authorizingUnitName, form.dcuName, 'F4.1 must equal F1.2 (the DCU)'],
      ['authorizedUnitUscc', letter.authorizedUnitUscc, builder.uscc, 'F4.4 must equal F1.3'],
      ['authorizedUnitName', letter.authorizedUnitName, builder.name, 'F4.3 must equal F1.4'],
      ['relation', letter.relation, builder.relation, "F4.5 must equal the form's relation"],
      ['scope', letter.scope, builder.scope, "F4.6 must equal the form's scope"],
    ];
    for (const [field, got, want, message] of pairs) {
      if (got !== want) issue(['authorizationLetter', field], `${message}: '${String(got)}' ≠ '${String(want)}'`);
    }
    if (letter.endsOn !== undefined && letter.endsOn < form.dcuSignedOn) {
      issue(['authorizationLetter', 'endsOn'], `F4: the authorization ended (${letter.endsOn}) before the form was signed (${form.dcuSignedOn})`);
    }
  }

  // F3 matches F1 (P-ONB-06)
  if (filing.action !== 'open') {
    issue(['networkFiling', 'action'], `P-ONB-06: an application files the network address with action open, not ${filing.action}`);
  }
  if (filing.unitUscc !== form.dcuUscc) {
    issue(['networkFiling', 'unitUscc'], `F3.1 must equal F1.1 (${form.dcuUscc})`);
  }
  if (filing.unitName !== form.dcuName) {
    issue(['networkFiling', 'unitName'], `F3.1 must equal F1.2 (${form.dcuName})`);
  }
  if (filing.enterpriseAppSystemName !== form.accessEngineSystemName) {
    issue(['networkFiling', 'enterpriseAppSystemName'], `F3.5 must equal F1.5 (${form.accessEngineSystemName})`);
  }

  // contacts: one address per person
  const emails = new Map<string, number>();
  contacts.forEach((c, i) => {
    const key = c.email.toLowerCase();
    const first = emails.get(key);
    if (first !== undefined) issue(['contacts', i, 'email'], `${c.email} is already the email of contacts[${first}]`);
    else emails.set(key, i);
  });
}

/** The `SUBMIT_APPLICATION` payload without `type`, `actor` and `requestId`. */
export const ApplicationSubmission = z.strictObject(ApplicationSubmissionFields).superRefine(refineApplicationSubmission);
export type ApplicationSubmission = z.infer<typeof ApplicationSubmission>;
