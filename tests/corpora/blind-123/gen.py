#!/usr/bin/env python3
"""Generate the blind-123 corpus: NNN-msg.eml + NNN-msg.json next to this script."""
import base64, json, os, quopri, collections, zlib
from email.header import Header
from email.utils import formataddr

OUT = os.path.dirname(os.path.abspath(__file__))

ME_P = "haruto.kisaragi@gmail.com"
ME_C = "h.kisaragi@tsumugi-tech.co.jp"
ME_NAME = "Haruto Kisaragi"
ME_JP = "如月 陽翔"
TC = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"

A = "174102938800417"   # T&C form case: company -> personal merge (APN hold)
B = "174103011900285"   # duplicate form for the same request
C = "174148210400166"   # Support Center (console) case: voucher missing after merge
D = "174146652300738"   # Japanese T&C form case: name on certificate
E = "13507726418"       # 2023 case reopened: duplicate accounts, Credly
BILL = "17361122045"    # console billing case (not T&C)
EDU = "174118820300561" # AWS Educate form case (not T&C)
PC = "174125500700934"  # Partner Central form case (not T&C)
ACT = "174189903300212" # AWS Activate form case (not T&C)

CID_CO = "AWS03918274"
CID_PE = "AWS05526031"
CID_DUP = "AWS01187465"

SUBJ_A = f"[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_D = f"[CASE {D}] [AWS Training and Certification Form Submission] - certification"
SUBJ_E = f"[CASE {E}] [AWS Training and Certification Form Submission] - account-assistance"


# ---------------------------------------------------------------- MIME helpers
def part(text, subtype="plain", charset="utf-8", cte="b64"):
    data = text.encode(charset)
    if cte == "b64":
        payload = base64.encodebytes(data).decode("ascii")
        cten = "base64"
    elif cte == "qp":
        payload = quopri.encodestring(data).decode("ascii")
        if not payload.endswith("\n"):
            payload += "\n"
        cten = "quoted-printable"
    elif cte == "7bit":
        payload = data.decode("ascii")
        cten = "7bit"
    else:  # 8bit utf-8
        payload = text
        cten = "8bit"
    return {"ctype": f'text/{subtype}; charset="{charset}"', "cte": cten, "payload": payload}


def multi(subtype, parts, boundary):
    lines = []
    for p in parts:
        lines.append(f"--{boundary}")
        lines.append(f"Content-Type: {p['ctype']}")
        if p.get("cte"):
            lines.append(f"Content-Transfer-Encoding: {p['cte']}")
        lines.append("")
        lines.append(p["payload"].rstrip("\n"))
        lines.append("")
    lines.append(f"--{boundary}--")
    return {"ctype": f'multipart/{subtype}; boundary="{boundary}"', "cte": None,
            "payload": "\n".join(lines) + "\n"}


def alt(text, html, charset="utf-8", cte="qp", boundary=None):
    return multi("alternative", [part(text, "plain", charset, cte), part(html, "html", charset, cte)],
                 boundary or f"----=_Part_{zlib.crc32(text.encode('utf-8')) % 10**8}_{len(html)}")


def addr(name, email, cs="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset=cs)


def subj(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, cs).encode()


def auth_gmail(domain, ok=True, dkim_domain=None):
    d = dkim_domain or domain
    if ok:
        return (f"mx.google.com;\n       dkim=pass header.i=@{d} header.s=sel2024 header.b=Qx7mT2pa;\n"
                f"       spf=pass (google.com: domain of bounce@{d} designates 54.240.8.12 as permitted sender) smtp.mailfrom={d};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={domain}")
    return (f"mx.google.com;\n       dkim=fail header.i=@{domain} header.s=sel2024 header.b=Rr0Zk1Lm;\n"
            f"       spf=softfail (google.com: domain of transitioning {domain} does not designate 185.233.19.77 as permitted sender) smtp.mailfrom={domain};\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={domain}")


def auth_o365(domain, ok=True):
    if ok:
        return (f"spf=pass (sender IP is 54.240.27.19) smtp.mailfrom={domain}; dkim=pass (signature was verified)\n"
                f" header.d={domain};dmarc=pass action=none header.from={domain};compauth=pass reason=100")
    return (f"spf=fail (sender IP is 45.137.21.9) smtp.mailfrom={domain}; dkim=none (message not signed)\n"
            f" header.d=none;dmarc=fail action=quarantine header.from={domain};compauth=fail reason=000")


MSGS = []
MIDS = {}


def add(key, kind, reply, case, cids, frm, to, subject, date, body, mid, *, irt=None, refs=None,
        extra=None, auth=None, crlf=False, cc=None):
    h = []
    if auth:
        h.append(("Authentication-Results", auth))
    h.append(("Date", date))
    h.append(("From", frm))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", subject))
    h.append(("Message-ID", mid))
    if irt:
        h.append(("In-Reply-To", MIDS[irt]))
        rl = [MIDS[r] for r in (refs or [irt])]
        h.append(("References", "\n ".join(rl)))
    for k, v in (extra or []):
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    h.append(("Content-Type", body["ctype"]))
    if body.get("cte"):
        h.append(("Content-Transfer-Encoding", body["cte"]))
    text = "".join(f"{k}: {v}\n" for k, v in h) + "\n" + body["payload"]
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    MIDS[key] = mid
    MSGS.append((text.encode("utf-8"), {"kind": kind, "needs_reply": reply, "case": case,
                                        "candidate_ids": cids}))


def quote(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------- the messages
AWS_TC = addr("AWS Training and Certification", TC)
AWS_CON = addr("Amazon Web Services", CONSOLE)
ME_P_A = addr(ME_NAME, ME_P)
ME_C_A = addr(ME_JP, ME_C)

# ---- 001 newsletter (JP)
add("n1", "unrelated", False, None, [],
    addr("クラウド週報", "news@cloudweekly.jp"), ME_P, subj("【クラウド週報】今週のアップデートまとめ 第212号"),
    "Mon, 03 Mar 2025 07:00:02 +0900",
    part("""如月 様

いつもクラウド週報をご購読いただきありがとうございます。

■ 今週の注目トピック
・マネージドデータベースの料金改定
・認定資格の新試験ガイドが公開
・社内勉強会の始め方(寄稿)

配信停止はこちら: https://cloudweekly.jp/unsubscribe?u=88213
""", cte="b64"),
    "<20250302220002.88213.212@mailer.cloudweekly.jp>", auth=auth_gmail("cloudweekly.jp"))

# ---- 002 owner forwards own notes from company to personal
add("u_notes", "user_reply", False, None, [CID_CO],
    ME_C_A, ME_P, subj("Fwd: 認定アカウント控え (退職前)"),
    "Mon, 03 Mar 2025 09:41:10 +0900",
    part(f"""自分宛メモ。会社側の認定アカウント情報。

候補ID: {CID_CO}
保有: SAA, DVA, SOA (SAPは来月失効予定)
特典: 50%割引バウチャー 1件 (未使用)
証明書PDFは添付しておいたので個人側に保存すること。

-----Original Message-----
From: {ME_JP} <{ME_C}>
Sent: Friday, February 28, 2025 6:02 PM
To: {ME_JP} <{ME_C}>
Subject: 認定アカウント控え

退職日 3/31。フォーム送信はマージ先を個人gmailにする。
""", cte="qp"),
    "<TYCPR01MB88314D2A0B1C3F92A4E5D1B7C9A2@TYCPR01MB8831.jpnprd01.prod.outlook.com>")

# ---- 003 first automatic acknowledgement of case A (EN, echo with candidate IDs)
ack_a = f"""Hello,

Thank you for getting in touch with AWS Training and Certification. Your request has been logged under the case number below, and a member of our team will respond, normally within one business day. Some requests take longer while we look for the right fix.

Case ID: {A}

So that your request is not delayed, please avoid submitting the form again for the same issue. To add information, simply reply to this message and keep the case number in the subject line.

Here is what you sent us:
--------------------------------------------------
Inquiry type: Certification
Additional details: Account Merge
Email: {ME_P}
Description:
Use case: I am leaving my employer at the end of March and want to combine my two certification accounts.
Addresses I have used: {ME_C}, {ME_P}
Address to keep: {ME_P}
Candidate IDs: {CID_CO} (company), {CID_PE} (personal)
--------------------------------------------------

Best regards,
AWS Training and Certification Customer Support
"""
add("a_ack", "acknowledgement", False, A, [CID_CO, CID_PE],
    AWS_TC, ME_P, SUBJ_A, "Mon, 03 Mar 2025 01:12:44 +0000",
    part(ack_a, cte="7bit", charset="us-ascii"),
    "<01000195598a1c2e-5b7c1e0a-3f41-4a8e-9d11-0c2b7e4f9a10-000000@email.amazonses.com>",
    auth=auth_gmail("amazon.com"), crlf=True)

# ---- 004 acknowledgement of the duplicate (second) form, Japanese, ISO-2022-JP, to company address
ack_b = f"""如月 陽翔 様

AWS トレーニングと認定にお問い合わせいただき、誠にありがとうございます。
お問い合わせを受け付け、以下のケース番号を発行いたしました。

ケース ID: {B}

担当者より、通常 1 営業日以内にご連絡いたします。内容によってはお時間を頂戴する場合がございます。
同じご依頼で新たにフォームを送信されますと対応が遅れる原因となりますので、ご注意ください。

―― 送信内容 ――
お問い合わせタイプ: AWS トレーニングと認定
その他の詳細: アカウントの統合
メールアドレス: {ME_C}
内容: 会社アドレスの認定アカウント({CID_CO})を個人アカウントへまとめたいです。

AWS トレーニングと認定 カスタマーサポート
"""
add("b_ack", "acknowledgement", False, B, [CID_CO],
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_C,
    subj(f"[CASE {B}] [AWS トレーニングと認定 フォーム送信] - account-assistance", "iso-2022-jp"),
    "Mon, 03 Mar 2025 01:40:19 +0000",
    part(ack_b, charset="iso-2022-jp", cte="7bit"),
    "<01000195599f0b71-c2d9a8e4-77aa-4c1b-b2f0-51e3aa09d6c4-000000@email.amazonses.com>",
    auth=auth_o365("amazon.com"))

# ---- 005 console billing case opened (not T&C)
bill_new = f"""Amazon Web Services has opened case {BILL} on your behalf.

Case details
Subject: Unexpected charge for NAT Gateway in ap-northeast-1
Severity: General guidance
Service: Billing
Category: Charge inquiry
Account: [AWS ID 480215567903]

Our team will review the details and respond soon. You can add to the case or check its status here:
https://console.aws.amazon.com/support/home#/case/?displayId={BILL}&language=en

Please note: this e-mail was sent from an address that cannot accept incoming e-mails.
To reply, use the link above.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc.
"""
add("bill_new", "unrelated", False, None, [],
    AWS_CON, ME_P, f"Amazon Web Services: New Support case: {BILL}", "Mon, 03 Mar 2025 02:03:55 +0000",
    part(bill_new, charset="us-ascii", cte="7bit"),
    "<0100019559b3e811-6fd1c0aa-91e3-4b20-8d7c-2a4e55c1f0d2-000000@email.amazonses.com>",
    auth=auth_gmail("amazon.com"))

# ---- 006 agent acknowledgement, nothing else (A)
add("a_agentack", "acknowledgement", False, A, [],
    AWS_TC, ME_P, "RE:" + SUBJ_A, "Mon, 03 Mar 2025 05:20:31 +0000",
    alt("""Hi Haruto,

Thanks for writing in - your message is with me now and I'm looking into it. You'll hear from me again as soon as I have an update.

Kind regards,
Priyanka
AWS Training and Certification
""", """<html><body><p>Hi Haruto,</p><p>Thanks for writing in - your message is with me now and I'm looking into it. You'll hear from me again as soon as I have an update.</p><p>Kind regards,<br>Priyanka<br>AWS Training and Certification</p></body></html>""", cte="qp",
        boundary="----=_Part_55120_1804228855.1740979231"),
    "<0100019559ff3a09-11e2c4b8-02cd-4d7e-a5e0-6b9c2d31aa5e-000000@email.amazonses.com>",
    irt="a_ack", auth=auth_gmail("amazon.com"))

# ---- 007 duplicate case B closed and linked to A
add("b_dup", "case_update", False, B, [],
    AWS_TC, ME_C, "RE: " + f"[CASE {B}] [AWS トレーニングと認定 フォーム送信] - account-assistance",
    "Mon, 03 Mar 2025 06:02:48 +0000",
    part(f"""Hello Haruto,

This request is the same as the one already in progress under case {A}, which a colleague is handling. To keep everything in one place I have closed case {B} and linked it to {A}. Nothing is lost: all further updates will come on case {A}, to the address you gave there.

Regards,
Tomasz
AWS Training and Certification
""", cte="qp"),
    "<010001955a25c7d3-9e0a7b11-4c55-48f2-b7a9-3d0f9e12c6b8-000000@email.amazonses.com>",
    irt="b_ack", auth=auth_o365("amazon.com"))

# ---- 008 GitHub merged
add("gh1", "unrelated", False, None, [],
    addr("Ryo Hatanaka", "notifications@github.com"), ME_P,
    "Re: [tsumugi-tech/infra-modules] Add account merge checklist to onboarding docs (PR #412)",
    "Mon, 03 Mar 2025 07:31:02 -0800",
    alt("""Merged #412 into main.

--
Reply to this email directly, view it on GitHub:
https://github.com/tsumugi-tech/infra-modules/pull/412#event-16422331
You are receiving this because you authored the thread.
""", """<p>Merged <a href="https://github.com/tsumugi-tech/infra-modules/pull/412">#412</a> into main.</p><p style="font-size:small">Reply to this email directly, <a href="https://github.com/tsumugi-tech/infra-modules/pull/412#event-16422331">view it on GitHub</a>.</p>""",
        cte="7bit", charset="us-ascii", boundary="--==_mimepart_67c5cc66d2e1_4c1a"),
    "<tsumugi-tech/infra-modules/pull/412/issue_event/16422331@github.com>",
    extra=[("List-ID", "tsumugi-tech/infra-modules <infra-modules.tsumugi-tech.github.com>")],
    auth=auth_gmail("github.com"))

# ---- 009 billing console case asks a question (not T&C)
add("bill_q", "unrelated", False, None, [],
    AWS_CON, ME_P, f"RE:[CASE {BILL}] Unexpected charge for NAT Gateway in ap-northeast-1",
    "Tue, 04 Mar 2025 00:10:27 +0000",
    part(f"""Hello,

Thank you for contacting AWS Billing. To look into the NAT Gateway charge, could you tell us the invoice number shown on your February bill and roughly when you deleted the gateway? A screenshot of Cost Explorer filtered by usage type would also help.

If we don't hear from you, this case will be resolved automatically after 5 days.

Best regards,
Marco D.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.

To respond to this case, please follow the link below and do not reply to this message:
https://console.aws.amazon.com/support/home#/case/?displayId={BILL}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", charset="us-ascii", cte="7bit"),
    "<010001955e61a0b2-71b0c2e4-a1ff-4d35-9c2b-8e4f1a0c7d55-000000@email.amazonses.com>",
    irt="bill_new", auth=auth_gmail("amazon.com"))

# ---- 010 A on hold: APN partner, nothing needed from the person
hold_a = f"""Hi Haruto,

I've checked both profiles. The one registered with {ME_C} is connected to the AWS Partner Network organization "Tsumugi Technologies K.K.", and certifications on partner-linked profiles can't be moved until the partner organization releases the link on their side.

I have contacted the partner's alliance team directly and asked them to do that. Your case is paused until they respond; there is nothing you need to do in the meantime, and I'll update you once I hear back.

If anything changes on your side before then, you're welcome to reply here.

Best,
Priyanka
AWS Training and Certification
"""
add("a_hold", "on_hold", False, A, [],
    AWS_TC, ME_P, "RE:" + SUBJ_A, "Tue, 04 Mar 2025 02:00:13 +0000",
    alt(hold_a, "<html><body>" + "".join(f"<p>{p}</p>" for p in hold_a.strip().split("\n\n")) + "</body></html>", cte="qp",
        boundary="----=_Part_60331_1215577702.1741053613"),
    "<010001955ec6b5e0-4a2bb9c1-6d0e-4a21-a3ef-7c9d12e0b4f3-000000@email.amazonses.com>",
    irt="a_agentack", refs=["a_ack", "a_agentack"], auth=auth_gmail("amazon.com"))

# ---- 011 AWS Educate form acknowledgement (not T&C)
add("edu_ack", "unrelated", False, None, [],
    addr("AWS Educate Support", "aws-cs-educate-form@amazon.com"), ME_P,
    f"[CASE {EDU}] [AWS Educate Form Submission] - educator-access", "Tue, 04 Mar 2025 02:31:50 +0000",
    part(f"""Hello,

We have your AWS Educate request. Case ID: {EDU}

Someone from the AWS Educate team will get back to you within 2 business days. Please don't send the form again for this request; replying to this email adds to the same case.

Thank you,
AWS Educate Support
""", charset="us-ascii", cte="7bit"),
    "<010001955ee39d14-3b1f7a22-c8e0-4f6d-91aa-5e02b7c3d9a1-000000@email.amazonses.com>",
    auth=auth_gmail("amazon.com"))

# ---- 012 Pearson VUE customer service: received + question (other vendor)
add("pv_q", "unrelated", False, None, [],
    addr("Pearson VUE Customer Service", "pearsonvuecustomerservice@pearson.com"), ME_P,
    "Your Pearson VUE inquiry [Ref:02718354]", "Tue, 04 Mar 2025 13:05:44 +0900",
    alt("""Dear Haruto Kisaragi,

We have received your inquiry about rescheduling your AWS Certified Solutions Architect - Professional appointment.

Before we can change the appointment, please confirm the registration ID 418203377 and tell us two dates that would suit you. Please reply to this email with that information.

Sincerely,
Pearson VUE Customer Service - Asia Pacific
Ref:02718354
""", """<html><body><p>Dear Haruto Kisaragi,</p><p>We have received your inquiry about rescheduling your AWS Certified Solutions Architect - Professional appointment.</p><p>Before we can change the appointment, please <b>confirm the registration ID 418203377</b> and tell us two dates that would suit you. Please reply to this email with that information.</p><p>Sincerely,<br>Pearson VUE Customer Service - Asia Pacific<br>Ref:02718354</p></body></html>""",
        cte="qp", boundary="_000_PV02718354_"),
    "<PV.02718354.20250304040544@pearson.com>", auth=auth_gmail("pearson.com"))

# ---- 013 owner reply on A (from personal)
u13 = f"""Hi Priyanka,

Thanks for the update. For what it's worth, my last day at Tsumugi is March 31 and the company mailbox will be switched off after that, so I'd like to finish before then if at all possible. I've also asked our internal partner admin to look out for your request.

Best regards,
Haruto Kisaragi

On Tue, Mar 4, 2025 at 11:00 AM AWS Training and Certification <{TC}> wrote:
{quote(hold_a)}
"""
add("a_u1", "user_reply", False, A, [],
    ME_P_A, TC, "Re: RE:" + SUBJ_A, "Tue, 04 Mar 2025 18:02:37 +0900",
    part(u13, cte="qp"),
    "<CAJk8s2vQw1xN4p0dTf+3Lr7mE9KqYh2bZ0pXc@mail.gmail.com>",
    irt="a_hold", refs=["a_ack", "a_agentack", "a_hold"])

# ---- 014 automatic note that the reply was added (A)
add("a_autonote", "acknowledgement", False, A, [],
    AWS_TC, ME_P, "RE:" + SUBJ_A, "Tue, 04 Mar 2025 09:02:58 +0000",
    part(f"""This is an automated message.

Your email has been attached to case {A}. The person handling your case will see it the next time they review the case. You do not need to respond to this message.

AWS Training and Certification
""", charset="us-ascii", cte="7bit"),
    "<0100019560488c6a-2d7e91f0-5b3a-4c8e-8f10-a9d3b2e6c7f4-000000@email.amazonses.com>",
    irt="a_u1", refs=["a_ack", "a_hold", "a_u1"], auth=auth_gmail("amazon.com"),
    extra=[("Auto-Submitted", "auto-generated")])

# ---- 015 colleague (JP) to company address
add("coll1", "unrelated", False, None, [],
    addr("小野寺 彩", "a.onodera@tsumugi-tech.co.jp"), ME_C, subj("送別会の日程について"),
    "Wed, 05 Mar 2025 09:14:20 +0900",
    part("""如月さん

お疲れさまです。小野寺です。
送別会ですが、3/27(木)19時から駅前の店で仮押さえしました。
都合が悪ければ今週中に教えてください。

小野寺
""", charset="iso-2022-jp", cte="7bit"),
    "<TYWPR01MB10244A1B2C3D4E5F60718293A4B5C6@TYWPR01MB10244.jpnprd01.prod.outlook.com>",
    auth=auth_o365("tsumugi-tech.co.jp"))

# ---- 016 AWS Educate case asks a question (not T&C)
add("edu_q", "unrelated", False, None, [],
    addr("AWS Educate Support", "aws-cs-educate-form@amazon.com"), ME_P,
    f"RE:[CASE {EDU}] [AWS Educate Form Submission] - educator-access", "Wed, 05 Mar 2025 01:22:08 +0000",
    part(f"""Hi Haruto,

Thanks for your interest in AWS Educate for your study group. To set up educator access we need a little more: what is the full name of the school or organization the group belongs to, and roughly how many learners will join? Could you also confirm the country where it is based?

Just reply to this email with those details.

Warm regards,
Lina
AWS Educate Support
""", cte="qp"),
    "<0100019564b7a3f1-8c2e0d41-77f9-4b3a-b0c5-2e7d1f9a6c03-000000@email.amazonses.com>",
    irt="edu_ack", auth=auth_gmail("amazon.com"))

# ---- 017 A: hold lifted
add("a_unhold", "case_update", False, A, [],
    AWS_TC, ME_P, "RE:" + SUBJ_A, "Wed, 05 Mar 2025 03:05:41 +0000",
    part("""Hi Haruto,

Good news: the partner organization has released the link on your company profile, so the hold on your case is lifted. I'm now preparing the merge and will write again shortly with the details of both accounts.

Best,
Priyanka
AWS Training and Certification
""", charset="us-ascii", cte="7bit"),
    "<01000195651596e2-0f1a2b3c-4d5e-4f60-8a71-92b3c4d5e6f7-000000@email.amazonses.com>",
    irt="a_u1", refs=["a_ack", "a_hold", "a_u1"], auth=auth_gmail("amazon.com"))

# ---- 018 phishing from lookalike domain
add("phish1", "suspicious", False, None, [],
    addr("AWS Certification Support", "support@aws-certification-helpdesk.com"), ME_P,
    "ACTION REQUIRED: verify your certification account before merge", "Wed, 05 Mar 2025 03:40:12 +0000",
    alt("""Dear Candidate,

Your certification account merge request is pending verification. To avoid losing your certifications, sign in within 24 hours and confirm your identity:

https://aws-certification-helpdesk.com/verify?session=8842e1

Reply to this message with your Builder ID password if the link does not work.

AWS Certification Support Team
""", """<html><body><p>Dear Candidate,</p><p>Your certification account merge request is pending verification. To avoid losing your certifications, <a href="https://aws-certification-helpdesk.com/verify?session=8842e1">sign in within 24 hours</a> and confirm your identity.</p><p>Reply to this message with your Builder ID password if the link does not work.</p><p>AWS Certification Support Team</p></body></html>""",
        cte="qp", boundary="b1_8842e1"),
    "<8842e1.20250305034012@aws-certification-helpdesk.com>",
    auth=auth_gmail("aws-certification-helpdesk.com"))

# ---- 019 A: confirmation request, HTML only with table
conf_html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Haruto,</p>
<p>I found the two certification profiles below. Before I go ahead I'd like you to check them.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr><th></th><th>Account #1</th><th>Account #2</th></tr>
<tr><td>Candidate ID</td><td>{CID_PE}</td><td>{CID_CO}</td></tr>
<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>
</table>
<p>Once merged, Account #2 will stop existing and its exam history, certifications and benefits will move to Account #1. This can't be undone.</p>
<p>Are both accounts yours, and is Account #1 the one you want to keep? A short reply saying so is enough for me to start.</p>
<p>Best,<br>Priyanka<br>AWS Training and Certification</p>
</body></html>
"""
add("a_conf", "confirmation_request", True, A, [CID_PE, CID_CO],
    AWS_TC, ME_P, "RE:" + SUBJ_A, "Wed, 05 Mar 2025 06:01:27 +0000",
    part(conf_html, "html", cte="b64"),
    "<0100019565b6f2a8-6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d-000000@email.amazonses.com>",
    irt="a_unhold", refs=["a_ack", "a_hold", "a_u1", "a_unhold"], auth=auth_gmail("amazon.com"))

# ---- 020 Partner Central form case asks the person a question (not T&C), to company address
add("pc_q", "unrelated", False, None, [],
    addr("AWS Partner Central Support", "aws-cs-partnercentral-form@amazon.com"), ME_C,
    f"RE:[CASE {PC}] [AWS Partner Central Form Submission] - user-management", "Wed, 05 Mar 2025 06:30:09 +0000",
    part(f"""Hello,

We received a request from your organization to remove the link between {ME_C} and the partner account of Tsumugi Technologies K.K.

Are you the alliance lead for this organization, or should we route this to the person who holds that role? If it is someone else, please send us their name and email address. Also, do you want your training records to stay visible in the partner's certification dashboard after you leave?

Kind regards,
AWS Partner Central Support
""", cte="qp"),
    "<0100019565d1a6b3-1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f-000000@email.amazonses.com>",
    auth=auth_o365("amazon.com"))

# ---- 021 owner confirms - from the COMPANY address (wrong one)
u21 = f"""Confirmed - both accounts are mine. Please merge everything into Account #1.

Haruto

From: AWS Training and Certification <{TC}>
Sent: Wednesday, March 5, 2025 3:01 PM
To: {ME_P}
Subject: RE:{SUBJ_A}

Hi Haruto,
I found the two certification profiles below. Before I go ahead I'd like you to check them.
[table: Account #1 {CID_PE} / Account #2 {CID_CO}]
Are both accounts yours, and is Account #1 the one you want to keep? A short reply saying so is enough for me to start.
"""
add("a_u2", "user_reply", False, A, [],
    ME_C_A, TC, "RE: RE:" + SUBJ_A, "Wed, 05 Mar 2025 21:10:33 +0900",
    part(u21, cte="qp"),
    "<TYCPR01MB8831F0E1D2C3B4A5968778695A4B@TYCPR01MB8831.jpnprd01.prod.outlook.com>",
    irt="a_conf", refs=["a_ack", "a_unhold", "a_conf"])

# ---- 022 automatic "we received your email" note, with survey footer
add("a_autonote2", "acknowledgement", False, A, [],
    AWS_TC, ME_C, "RE: RE:" + SUBJ_A, "Wed, 05 Mar 2025 12:10:51 +0000",
    alt(f"""We've received your email about case {A}.

An associate will review it and reply. There's no need to send it again.

How are we doing? Tell us in 30 seconds: https://aws-tc-feedback.amazon.com/s?case={A}&src=ack
""", f"""<html><body><p>We've received your email about case {A}.</p><p>An associate will review it and reply. There's no need to send it again.</p><hr><p style="font-size:11px;color:#777">How are we doing? <a href="https://aws-tc-feedback.amazon.com/s?case={A}&amp;src=ack">Tell us in 30 seconds</a>.</p></body></html>""",
        charset="us-ascii", cte="7bit", boundary="----=_Part_70112_20250305"),
    "<0100019567a2c1d0-7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b-000000@email.amazonses.com>",
    irt="a_u2", auth=auth_o365("amazon.com"), extra=[("Auto-Submitted", "auto-replied")])

# ---- 023 agent: received, but it came from the wrong address -> write from personal
wrong_addr = f"""Hi Haruto,

Thank you - I've got your reply. One thing before I can act on it: it came from {ME_C}, which isn't the contact address on this case. For the security of your records, please send the same confirmation from {ME_P} by replying to my earlier message there.

Best,
Priyanka
AWS Training and Certification
"""
add("a_wrongaddr", "info_request", True, A, [],
    AWS_TC, ME_C, "RE: RE:" + SUBJ_A, "Thu, 06 Mar 2025 00:15:02 +0000",
    part(wrong_addr, charset="us-ascii", cte="7bit"),
    "<01000195693d8a4f-2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e-000000@email.amazonses.com>",
    irt="a_u2", refs=["a_conf", "a_u2"], auth=auth_o365("amazon.com"))

# ---- 024 owner confirms from personal address
u24 = f"""Hi Priyanka,

Sorry about that. Confirming from my personal address: both accounts belong to me, please merge into Account #1 ({CID_PE}).

Thanks,
Haruto

On Wed, Mar 5, 2025 at 3:01 PM AWS Training and Certification <{TC}> wrote:
> Hi Haruto,
> I found the two certification profiles below. Before I go ahead I'd like you to check them.
> Are both accounts yours, and is Account #1 the one you want to keep?
"""
add("a_u3", "user_reply", False, A, [CID_PE],
    ME_P_A, TC, "Re: RE:" + SUBJ_A, "Thu, 06 Mar 2025 09:31:18 +0900",
    part(u24, cte="qp"),
    "<CAJk8s2tR0m3Lp7eGx9+Vd2nQe4WzB1cYh8sAq@mail.gmail.com>",
    irt="a_conf", refs=["a_ack", "a_unhold", "a_conf"])

# ---- 025 agent acknowledgement only ("got it")
add("a_gotit", "acknowledgement", False, A, [],
    AWS_TC, ME_P, "RE:" + SUBJ_A, "Thu, 06 Mar 2025 00:48:40 +0000",
    part("Got it, thank you Haruto - received from the right address this time. I'll be back in touch shortly.\n\nPriyanka\nAWS Training and Certification\n",
         charset="us-ascii", cte="7bit"),
    "<01000195695c41b7-3c4d5e6f-7a8b-4c9d-8e0f-2a3b4c5d6e7f-000000@email.amazonses.com>",
    irt="a_u3", refs=["a_conf", "a_u3"], auth=auth_gmail("amazon.com"))

# ---- 026 A resolved, quoting the confirmation request (Outlook style)
res_a = f"""Hi Haruto,

All done - the two profiles are now one. Your exam history, certifications and the unused 50% voucher from {CID_CO} now sit under {CID_PE}, and you can sign in with {ME_P} as before. Digital badges may take a few hours to appear again in Credly.

No further action is needed on your side. I'll mark this case as resolved; if something looks wrong, a reply to this email will reopen it.

Best,
Priyanka
AWS Training and Certification

-----Original Message-----
From: AWS Training and Certification <{TC}>
Sent: 2025-03-05 06:01 UTC
To: {ME_P}
Subject: RE:{SUBJ_A}

Hi Haruto,
I found the two certification profiles below. Before I go ahead I'd like you to check them.
Account #1 - Login email: {ME_P} - Candidate ID {CID_PE}
Account #2 - Login email: {ME_C} - Candidate ID {CID_CO}
Are both accounts yours, and is Account #1 the one you want to keep? A short reply saying so is enough for me to start.
"""
add("a_res", "resolved", False, A, [CID_CO, CID_PE],
    AWS_TC, ME_P, "RE:" + SUBJ_A, "Thu, 06 Mar 2025 01:20:07 +0000",
    part(res_a, cte="qp"),
    "<010001956979a3c8-4d5e6f7a-8b9c-4d0e-9f1a-3b4c5d6e7f8a-000000@email.amazonses.com>",
    irt="a_u3", refs=["a_ack", "a_conf", "a_u3", "a_gotit"], auth=auth_gmail("amazon.com"), crlf=True)

# ---- 027 Credly badge
add("credly1", "badge", False, None, [],
    addr("Credly", "admin@credly.com"), ME_P,
    "Haruto, your AWS Certified Solutions Architect - Associate badge is ready", "Thu, 06 Mar 2025 01:52:40 +0000",
    alt("""Amazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.

Accept your badge: https://www.credly.com/badges/6d1f0c4e-2a9b-4f3e-8c71-0b5e2d9a7c14/accept

Badge ID: 6d1f0c4e-2a9b-4f3e-8c71-0b5e2d9a7c14
""", """<html><body><h2>You've earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href="https://www.credly.com/badges/6d1f0c4e-2a9b-4f3e-8c71-0b5e2d9a7c14/accept">Accept your badge</a></p></body></html>""",
        charset="us-ascii", cte="7bit", boundary="==credly_6d1f0c4e"),
    "<6d1f0c4e2a9b.20250306015240@credly.com>", auth=auth_gmail("credly.com"))

# ---- 028 AWS billing case: survey request (other AWS service) -> unrelated
add("bill_survey", "unrelated", False, None, [],
    AWS_CON, ME_P, f"How did we do? Your AWS Support case {BILL}", "Thu, 06 Mar 2025 04:00:00 +0000",
    alt(f"""Your recent AWS Support case ({BILL}, "Unexpected charge for NAT Gateway in ap-northeast-1") was resolved.

How satisfied were you with the support you received?
Very satisfied / Satisfied / Neutral / Dissatisfied / Very dissatisfied
https://console.aws.amazon.com/support/feedback?caseId={BILL}

What could we have done better? (optional)

This e-mail was sent from an address that cannot accept incoming e-mails.
""", f"""<html><body><p>Your recent AWS Support case ({BILL}) was resolved.</p><p><b>How satisfied were you with the support you received?</b></p><p><a href="https://console.aws.amazon.com/support/feedback?caseId={BILL}&amp;r=5">Very satisfied</a> | <a href="https://console.aws.amazon.com/support/feedback?caseId={BILL}&amp;r=1">Very dissatisfied</a></p><p>What could we have done better? (optional)</p></body></html>""",
        charset="us-ascii", cte="7bit", boundary="----=_Part_bill_survey"),
    "<010001956a1e4c20-survey-" + BILL + "-000000@email.amazonses.com>", auth=auth_gmail("amazon.com"))

# ---- 029 survey for case A, with its own questions
surv_a = f"""Hello Haruto,

Your case {A} was recently closed. Would you answer three quick questions about it?

1. Was your issue resolved?  Yes | No
2. How easy was it to get help?  (1 = very hard, 5 = very easy)
3. Would you recommend AWS Training and Certification support to a colleague?

Start the survey: https://aws-tc-feedback.amazon.com/s?case={A}&src=close

This survey is optional and takes about a minute. Replies to this email are not monitored.

AWS Training and Certification
"""
add("a_survey", "survey", False, A, [],
    addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
    f"Tell us about your recent case {A}", "Thu, 06 Mar 2025 09:00:12 +0000",
    alt(surv_a, "<html><body>" + "".join(f"<p>{p}</p>" for p in surv_a.strip().split("\n\n")) + "</body></html>", cte="qp",
        boundary="----=_Part_survey_A"),
    "<010001956b2f7e81-survey-7a8b-4c9d-8e0f-a0b1c2d3e4f5-000000@email.amazonses.com>",
    auth=auth_gmail("amazon.com"))

# ---- 030 Skill Builder receipt
add("sb_rcpt", "unrelated", False, None, [],
    addr("AWS Skill Builder", "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt",
    "Fri, 07 Mar 2025 00:05:31 +0000",
    part("""Thank you for your purchase.

Individual subscription - monthly
Amount: USD 29.00
Order number: SB-2025030700418
Billing period: Mar 7, 2025 - Apr 6, 2025

Manage your subscription at https://skillbuilder.aws/subscriptions
""", charset="us-ascii", cte="7bit"),
    "<20250307000531.SB-2025030700418@aws.training>", auth=auth_gmail("aws.training"))

# ---- 031 console "new case" mail for case C (T&C topic via Support Center)
con_foot = f"""
To see or respond to this case, sign in to the AWS Support Center:
https://console.aws.amazon.com/support/home#/case/?displayId={C}&language=en

*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. Please use the link above if you need to contact us again about this same issue.

Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
"""
add("c_new", "acknowledgement", False, C, [],
    AWS_CON, ME_P, f"Amazon Web Services: New Support case: {C}", "Fri, 07 Mar 2025 01:15:04 +0000",
    part(f"""Dear AWS customer,

Thanks for reaching out. Case {C} is now open and in our queue.

Subject: Exam discount voucher missing after certification account merge
Service: Training and Certification
Category: Certification benefits
Severity: General guidance
Account: [AWS ID 480215567903]

We'll get back to you as soon as we can.
""" + con_foot, charset="us-ascii", cte="7bit"),
    "<010001956e8d1a77-c1d2e3f4-a5b6-4c7d-8e9f-a0b1c2d3e4f5-000000@email.amazonses.com>",
    auth=auth_gmail("amazon.com"))

# ---- 032 marketing
add("mkt1", "unrelated", False, None, [],
    addr("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "Register now: AWS Summit Japan - two days of sessions", "Fri, 07 Mar 2025 03:00:00 +0000",
    alt("""Join us in Chiba for AWS Summit Japan. More than 150 sessions, hands-on labs, and a Certification Lounge for certified attendees.

Register: https://aws.amazon.com/jp/events/summits/japan/
Unsubscribe: https://pages.awscloud.com/unsubscribe
""", """<html><body><h1>AWS Summit Japan</h1><p>More than 150 sessions, hands-on labs, and a Certification Lounge for certified attendees.</p><p><a href="https://aws.amazon.com/jp/events/summits/japan/">Register</a></p><p style="font-size:10px"><a href="https://pages.awscloud.com/unsubscribe">Unsubscribe</a></p></body></html>""",
        charset="us-ascii", cte="7bit", boundary="mkt_0307"),
    "<1741316400.77721.summit@marketing.awscloud.com>", auth=auth_gmail("amazon.com"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])

# ---- 033 console info request for C (must answer in Support Center)
add("c_ask", "info_request", True, C, [],
    AWS_CON, ME_P, f"RE:[CASE {C}] Exam discount voucher missing after certification account merge",
    "Sat, 08 Mar 2025 02:44:19 +0000",
    part(f"""Hello Haruto,

I'm sorry the voucher hasn't shown up. The merge itself completed, but benefits are copied by a separate job, and I need to find the right record.

Please let me know the exact name of the benefit as it appeared on the old profile (for example "50% discount voucher") and its expiry date, if you noted them. A screenshot of the Benefits page from before the merge would be ideal if you have one.

Once I have that I can ask the benefits team to restore it.

Best regards,
Kenji O.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence. Each correspondence can also be rated by selecting the stars in top right corner of each correspondence within the AWS Support Center.
""" + con_foot, charset="us-ascii", cte="7bit"),
    "<0100019573a0b4e2-d2e3f4a5-b6c7-4d8e-9f0a-b1c2d3e4f5a6-000000@email.amazonses.com>",
    irt="c_new", auth=auth_gmail("amazon.com"))

# ---- 034 other vendor: request received
add("vend_ack", "unrelated", False, None, [],
    addr("Nimbus Notes Support", "support@nimbusnotes.zendesk.com"), ME_P,
    "[Nimbus Notes] Re: Export to PDF drops images (#48213)", "Sat, 08 Mar 2025 04:10:55 +0000",
    alt("""##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.
""", """<html><body><p style="color:#b5b5b5">##- Please type your reply above this line -##</p><p>Your request (48213) has been received and is being reviewed by our support staff.</p><p>To add additional comments, reply to this email.</p></body></html>""",
        cte="qp", boundary="--==_mimepart_zd48213a"),
    "<ZD1F8K2Q_67cbc3df1a2b3_48213@nimbusnotes.zendesk.com>", auth=auth_gmail("zendesk.com"))

# ---- 035 other vendor asks a question
add("vend_q", "unrelated", False, None, [],
    addr("Mateo (Nimbus Notes Support)", "support@nimbusnotes.zendesk.com"), ME_P,
    "[Nimbus Notes] Re: Export to PDF drops images (#48213)", "Sun, 09 Mar 2025 00:31:12 +0000",
    alt("""##- Please type your reply above this line -##

Mateo (Nimbus Notes)
Hi Haruto,

Thanks for the details. Could you send us a HAR file captured while the export runs, and tell us which browser version you are on? That will let our engineers reproduce it.

We'll keep the ticket open for 7 days awaiting your reply.
""", """<html><body><p>Hi Haruto,</p><p>Thanks for the details. Could you send us a HAR file captured while the export runs, and tell us which browser version you are on? That will let our engineers reproduce it.</p><p>We'll keep the ticket open for 7 days awaiting your reply.</p></body></html>""",
        cte="qp", boundary="--==_mimepart_zd48213b"),
    "<ZD1F8K2Q_67cce2401c4d5_48213@nimbusnotes.zendesk.com>", irt="vend_ack", auth=auth_gmail("zendesk.com"))

# ---- 036 console note: correspondence added to C
add("c_note", "acknowledgement", False, C, [],
    AWS_CON, ME_P, f"RE:[CASE {C}] Exam discount voucher missing after certification account merge",
    "Sun, 09 Mar 2025 01:02:30 +0000",
    part(f"""Hello,

Your reply to case {C} has been received and added to the case history. The case status is now "Pending Amazon action".

You don't need to do anything else right now.
""" + con_foot, charset="us-ascii", cte="7bit"),
    "<0100019578c1f0a3-e3f4a5b6-c7d8-4e9f-8a0b-c2d3e4f5a6b7-000000@email.amazonses.com>",
    irt="c_ask", auth=auth_gmail("amazon.com"))

# ---- 037 out-of-office from colleague (looks like an acknowledgement)
add("ooo", "unrelated", False, None, [],
    addr("Daniel Okafor", "d.okafor@tsumugi-tech.co.jp"), ME_C,
    "Automatic reply: Handover notes for the billing dashboards", "Mon, 10 Mar 2025 08:02:11 +0900",
    part("""Thank you for your message. I'm out of the office until March 14 with limited access to email.
I have received your email and will reply when I'm back. For anything urgent, please contact infra-team@tsumugi-tech.co.jp.

ご連絡ありがとうございます。3月14日まで不在にしております。
""", cte="b64"),
    "<TYWPR01MB10244OOF0310A1B2C3D4E5F607182@TYWPR01MB10244.jpnprd01.prod.outlook.com>",
    auth=auth_o365("tsumugi-tech.co.jp"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

# ---- 038 C resolved (console) with rating footer
add("c_res", "resolved", False, C, [],
    AWS_CON, ME_P, f"RE:[CASE {C}] Exam discount voucher missing after certification account merge",
    "Mon, 10 Mar 2025 05:12:48 +0000",
    part(f"""Hello Haruto,

Thanks for the screenshot. The benefits team has restored the 50% exam discount to your current certification account; you'll find it under Benefits, valid until the date shown there.

I'll set this case to resolved. If it doesn't appear within a day, you can reopen the case from the Support Center.

Best regards,
Kenji O.
Amazon Web Services

We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this correspondence.
""" + con_foot, charset="us-ascii", cte="7bit"),
    "<010001957e0d2c91-f4a5b6c7-d8e9-4f0a-9b1c-d3e4f5a6b7c8-000000@email.amazonses.com>",
    irt="c_note", refs=["c_new", "c_ask", "c_note"], auth=auth_gmail("amazon.com"))

# ---- 039 console survey for C
add("c_survey", "survey", False, C, [],
    AWS_CON, ME_P, f"Rate your AWS Support experience - case {C}", "Mon, 10 Mar 2025 09:30:00 +0000",
    part(f"""<html><body style="font-family:Arial">
<p>Hello,</p>
<p>Your support case <b>{C}</b> ("Exam discount voucher missing after certification account merge") was recently resolved.</p>
<p><b>Overall, how satisfied are you with how your case was handled?</b></p>
<table><tr>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={C}&amp;score=1">1</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={C}&amp;score=2">2</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={C}&amp;score=3">3</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={C}&amp;score=4">4</a></td>
<td><a href="https://console.aws.amazon.com/support/survey?displayId={C}&amp;score=5">5</a></td>
</tr></table>
<p>Did the engineer understand your question? Was the answer complete? Tell us in the survey.</p>
<p style="font-size:10px;color:#777">This e-mail was sent from an address that cannot accept incoming e-mails.</p>
</body></html>
""", "html", charset="us-ascii", cte="7bit"),
    "<010001957f0a8b3c-survey-" + C + "-000000@email.amazonses.com>", auth=auth_gmail("amazon.com"))

# ---- 040 CertMetrics feedback request (program, not a case)
add("cm_voice", "certification", False, None, [],
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "AWS Certification wants to hear from you", "Mon, 10 Mar 2025 15:00:00 +0000",
    alt("""Hello Haruto,

As an AWS Certified individual, your opinion shapes future exams. Would you take part in a 10-minute study about how you prepare for certification? Which resources did you use, and how long did you study?

Take the survey: https://www.certmetrics.com/amazon/survey/prep2025

Thank you,
AWS Certification
""", """<html><body><p>Hello Haruto,</p><p>As an AWS Certified individual, your opinion shapes future exams. Would you take part in a 10-minute study about how you prepare for certification? Which resources did you use, and how long did you study?</p><p><a href="https://www.certmetrics.com/amazon/survey/prep2025">Take the survey</a></p></body></html>""",
        charset="us-ascii", cte="7bit", boundary="cm_voice_0310"),
    "<cm.20250310150000.311204@certmetrics.com>", auth=auth_gmail("certmetrics.com"))

# ---- 041 survey reminder for A ("we haven't heard from you")
add("a_survey2", "survey", False, A, [],
    addr("AWS Training and Certification", "aws-tc-survey@amazon.com"), ME_P,
    f"Reminder: a minute of your time for case {A}?", "Tue, 11 Mar 2025 00:30:40 +0000",
    part(f"""Hello Haruto,

We haven't heard from you yet about your recent case {A}. If you have a moment, please tell us whether we solved your problem and how we could improve:

https://aws-tc-feedback.amazon.com/s?case={A}&src=reminder

This is the last reminder we will send about this case.

AWS Training and Certification
""", charset="us-ascii", cte="7bit"),
    "<01000195834d9f10-survey2-7a8b-4c9d-8e0f-a0b1c2d3e4f6-000000@email.amazonses.com>",
    auth=auth_gmail("amazon.com"))

# ---- 042 Japanese form acknowledgement for D (Shift_JIS, conditional + survey footer)
ack_d = f"""如月 陽翔 様

AWS トレーニングと認定へのお問い合わせ、ありがとうございます。
ご依頼を受け付けましたので、お知らせいたします。

ケース ID: {D}

担当部署より、原則として24時間以内にご回答いたします。調査の内容によっては、さらにお時間をいただく場合がございます。
同一のご依頼について新しいケースを作成されますと、回答が遅れる場合がございますのでご了承ください。

お問い合わせ内容:
認定証の氏名表記の修正(候補ID {CID_PE})

追加の情報がございましたら、本メールにそのままご返信ください。

サポートについてのご意見をお聞かせください: https://aws-tc-feedback.amazon.com/s?case={D}&lang=ja

AWS トレーニングと認定 カスタマーサポート
"""
add("d_ack", "acknowledgement", False, D, [CID_PE],
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
    subj(f"[CASE {D}] [AWS トレーニングと認定 フォーム送信] - certification", "shift_jis"),
    "Tue, 11 Mar 2025 02:25:16 +0000",
    part(ack_d, charset="shift_jis", cte="b64"),
    "<0100019581e07c22-a5b6c7d8-e9f0-4a1b-8c2d-e4f5a6b7c8d9-000000@email.amazonses.com>",
    auth=auth_gmail("amazon.com"))

# ---- 043 Japanese agent acknowledgement only
add("d_agentack", "acknowledgement", False, D, [],
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
    subj("RE:" + f"[CASE {D}] [AWS トレーニングと認定 フォーム送信] - certification", "iso-2022-jp"),
    "Tue, 11 Mar 2025 04:40:03 +0000",
    part("""如月様

お問い合わせいただきありがとうございます。担当の佐伯です。
内容を拝見いたしました。確認のうえ、あらためてご連絡差し上げます。

AWS トレーニングと認定 カスタマーサポート
佐伯
""", charset="iso-2022-jp", cte="7bit"),
    "<01000195825c3e44-b6c7d8e9-f0a1-4b2c-9d3e-f5a6b7c8d9e0-000000@email.amazonses.com>",
    irt="d_ack", auth=auth_gmail("amazon.com"))

# ---- 044 genuine-looking mail with dmarc=fail on amazon.com
add("phish2", "suspicious", False, None, [],
    AWS_TC, ME_P, f"RE:[CASE 174146699900001] [AWS Training and Certification Form Submission] - account-assistance",
    "Tue, 11 Mar 2025 06:12:50 +0000",
    part("""<html><body>
<p>Hello,</p>
<p>A case has been created for your certification account. Before our team can proceed, please verify your identity and payment details within 48 hours, or your certifications will be suspended.</p>
<p><a href="https://aws-training-verify.net/login?c=174146699900001">Verify my account</a></p>
<p>AWS Training and Certification</p>
</body></html>
""", "html", charset="us-ascii", cte="7bit"),
    "<20250311061250.5c1e9b@mail-relay-77.hostingnode.ru>", auth=auth_gmail("amazon.com", ok=False))

# ---- 045 D: Japanese keigo information request (base64 UTF-8)
ask_d = f"""如月 陽翔 様

お世話になっております。AWS トレーニングと認定 カスタマーサポートの佐伯でございます。

認定証のお名前の表記修正につきまして、現在登録されている表記は「Haruto Kisaragl」となっております。
修正にあたり、試験当日に提示された本人確認書類(パスポート等)に記載のローマ字表記を、姓・名の順でご教示いただけますでしょうか。
あわせて、ミドルネームの有無につきましてもお知らせいただけますと幸いです。

ご確認のほど、よろしくお願いいたします。

AWS トレーニングと認定 カスタマーサポート
佐伯
"""
add("d_ask", "info_request", True, D, [],
    addr("AWS トレーニングと認定", TC), ME_P,
    subj("RE:" + f"[CASE {D}] [AWS トレーニングと認定 フォーム送信] - certification"),
    "Wed, 12 Mar 2025 01:05:37 +0000",
    alt(ask_d, "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in ask_d.strip().split("\n\n")) + "</body></html>",
        cte="b64", boundary="----=_Part_d_ask_20250312"),
    "<0100019586b9e7d5-c7d8e9f0-a1b2-4c3d-8e4f-a6b7c8d9e0f1-000000@email.amazonses.com>",
    irt="d_agentack", refs=["d_ack", "d_agentack"], auth=auth_gmail("amazon.com"))

# ---- 046 Amazon.co.jp customer service question (other Amazon)
add("amzjp", "unrelated", False, None, [],
    addr("Amazon.co.jp カスタマーサービス", "cs-reply@amazon.co.jp"), ME_P,
    subj("Amazon.co.jpからのお問い合わせへの回答"), "Wed, 12 Mar 2025 11:20:44 +0900",
    part("""如月 陽翔 様

Amazon.co.jpカスタマーサービスです。お問い合わせいただいた商品の返品について確認いたしました。

返品理由を詳しく確認させていただきたく、商品の状態(開封済みかどうか)をお知らせいただけますでしょうか。
下記のリンクからご返信ください。このメールに直接返信されても確認できません。

https://www.amazon.co.jp/gp/help/contact/reply?ref=cs_0312

Amazon.co.jp カスタマーサービス
""", cte="b64"),
    "<0100019587a1b2c3-amzjp-cs-0312-000000@email.amazonses.com>", auth=auth_gmail("amazon.co.jp"))

# ---- 047 owner reply on D (Japanese, 「より:」 quoting)
u47 = f"""佐伯様

ご連絡ありがとうございます。如月です。
パスポートの表記は「KISARAGI HARUTO」(姓・名)で、ミドルネームはございません。
お手数をおかけしますが、よろしくお願いいたします。

如月 陽翔

2025年3月12日(水) 10:05 AWS トレーニングと認定 <{TC}>:
{quote(ask_d)}
"""
add("d_u1", "user_reply", False, D, [],
    addr(ME_JP, ME_P), TC,
    subj("Re: RE:" + f"[CASE {D}] [AWS トレーニングと認定 フォーム送信] - certification"),
    "Wed, 12 Mar 2025 12:48:02 +0900",
    part(u47, cte="b64"),
    "<CAJk8s2uH4w9Dk1aPq7+Ls0bTy3ZcN6eMv2fRg@mail.gmail.com>",
    irt="d_ask", refs=["d_ack", "d_agentack", "d_ask"])

# ---- 048 Japanese automatic "reply received" note
add("d_autonote", "acknowledgement", False, D, [],
    addr("AWS トレーニングと認定", TC, "iso-2022-jp"), ME_P,
    subj(f"ケース {D}: ご返信を受け付けました", "iso-2022-jp"), "Wed, 12 Mar 2025 03:48:30 +0000",
    part(f"""このメールはシステムより自動送信されています。

ケース {D} へのご返信を受け付け、ケース履歴に追加しました。
担当者が内容を確認のうえ対応いたしますので、本メールへのご返信は不要です。

AWS トレーニングと認定
""", charset="iso-2022-jp", cte="7bit"),
    "<01000195874f20c8-d8e9f0a1-b2c3-4d4e-9f5a-b7c8d9e0f1a2-000000@email.amazonses.com>",
    irt="d_u1", auth=auth_gmail("amazon.com"), extra=[("Auto-Submitted", "auto-generated")])

# ---- 049 AWS Educate survey (other program) -> unrelated
add("edu_survey", "unrelated", False, None, [],
    addr("AWS Educate Support", "aws-cs-educate-form@amazon.com"), ME_P,
    f"Your feedback on AWS Educate case {EDU}", "Thu, 13 Mar 2025 00:30:00 +0000",
    part(f"""Hi,

Your AWS Educate case {EDU} has been closed. How would you rate the help you got, from 1 (poor) to 5 (excellent)? Was anything unclear in our replies?

Share your thoughts: https://educate-feedback.amazon.com/s?case={EDU}

AWS Educate Support
""", charset="us-ascii", cte="7bit"),
    "<010001958b7d1e03-edu-survey-000000@email.amazonses.com>", auth=auth_gmail("amazon.com"))

# ---- 050 D resolved (Japanese), quoting the request
res_d = f"""如月 陽翔 様

AWS トレーニングと認定 カスタマーサポートの佐伯です。

ご依頼いただいた認定証の氏名表記を「Haruto Kisaragi」に修正いたしました。新しい認定証は認定アカウントの「認定」ページよりダウンロードいただけます。反映まで数時間かかる場合がございます。

本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、お気軽にお問い合わせください。

AWS トレーニングと認定 カスタマーサポート
佐伯

-----Original Message-----
差出人: AWS トレーニングと認定 <{TC}>
送信日時: 2025年3月12日 10:05
件名: RE:[CASE {D}] [AWS トレーニングと認定 フォーム送信] - certification

お名前の表記修正にあたり、本人確認書類に記載のローマ字表記をご教示いただけますでしょうか。
"""
add("d_res", "resolved", False, D, [],
    addr("AWS トレーニングと認定", TC), ME_P,
    subj("RE:" + f"[CASE {D}] [AWS トレーニングと認定 フォーム送信] - certification"),
    "Thu, 13 Mar 2025 02:14:09 +0000",
    part(res_d, cte="qp"),
    "<010001958bd8a4f6-e9f0a1b2-c3d4-4e5f-8a6b-c8d9e0f1a2b3-000000@email.amazonses.com>",
    irt="d_u1", refs=["d_ack", "d_ask", "d_u1"], auth=auth_gmail("amazon.com"))

# ---- 051 Japanese survey for D with its own questions
add("d_survey", "survey", False, D, [],
    addr("AWS トレーニングと認定", "aws-tc-survey@amazon.com"), ME_P,
    subj(f"アンケートご協力のお願い(ケース {D})"), "Thu, 13 Mar 2025 09:00:00 +0000",
    alt(f"""如月 陽翔 様

先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。
サービス向上のため、アンケートへのご協力をお願いいたします。

Q1. お問い合わせの問題は解決しましたか?
Q2. 担当者の対応にどの程度満足されましたか?(5段階)
Q3. 改善してほしい点があればお聞かせください。

回答はこちら: https://aws-tc-feedback.amazon.com/s?case={D}&lang=ja

所要時間は1分程度です。回答は任意です。
""", f"""<html><body><p>如月 陽翔 様</p><p>先日はAWS トレーニングと認定 カスタマーサポートをご利用いただき、ありがとうございました。<br>サービス向上のため、アンケートへのご協力をお願いいたします。</p><ol><li>お問い合わせの問題は解決しましたか?</li><li>担当者の対応にどの程度満足されましたか?(5段階)</li><li>改善してほしい点があればお聞かせください。</li></ol><p><a href="https://aws-tc-feedback.amazon.com/s?case={D}&amp;lang=ja">アンケートに回答する</a></p><p>所要時間は1分程度です。回答は任意です。</p></body></html>""",
        cte="b64", boundary="----=_Part_d_survey"),
    "<010001958d5e0b71-d-survey-000000@email.amazonses.com>", auth=auth_gmail("amazon.com"))

# ---- 052 CertMetrics recertification notice
add("cm_recert", "certification", False, None, [CID_PE],
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Solutions Architect - Professional expires in 30 days", "Fri, 14 Mar 2025 06:00:00 +0000",
    part(f"""Hello Haruto Kisaragi ({CID_PE}),

Your AWS Certified Solutions Architect - Professional certification expires on April 13, 2025. To keep it active, pass the current version of the exam before that date. Your 50% discount benefit can be applied when you schedule.

Sign in to your AWS Certification Account: https://www.aws.training/Certification

AWS Certification
""", charset="us-ascii", cte="7bit"),
    "<cm.20250314150000.311877@certmetrics.com>", auth=auth_gmail("certmetrics.com"))

# ---- 053 owner reopens 2023 case E by replying to the old thread
u53 = f"""Hello,

I'm writing again on this old case because the problem is back. Credly no longer shows the badges from my current certifications. I believe I still have two certification accounts under the same address {ME_P}: {CID_PE} (the one I use) and {CID_DUP}, which I think was created through Partner Central sign-in. Could you merge {CID_DUP} into {CID_PE}?

Thanks,
Haruto Kisaragi

On Thu, Sep 14, 2023 at 4:12 PM AWS Training and Certification <{TC}> wrote:
> Hello Haruto,
>
> The badge sync has been refreshed and your badges should now appear in Credly.
> This case is now resolved.
>
> Regards,
> Anand
> AWS Training and Certification
"""
add("e_u1", "user_reply", False, E, [CID_PE, CID_DUP],
    ME_P_A, TC, "Re: RE:" + SUBJ_E, "Fri, 14 Mar 2025 22:05:51 +0900",
    part(u53, cte="qp"),
    "<CAJk8s2sX8c0Wn5tLb2+Qe1pVa7YdM3gHr4kTz@mail.gmail.com>",
    extra=[("In-Reply-To", "<0100018a8f3d2e11-anand-resolved-000000@email.amazonses.com>"),
           ("References", "<0100018a8f3d2e11-anand-resolved-000000@email.amazonses.com>")])

# ---- 054 automatic: case reopened, message received
add("e_reopen", "acknowledgement", False, E, [],
    AWS_TC, ME_P, "RE:" + SUBJ_E, "Fri, 14 Mar 2025 13:06:20 +0000",
    part(f"""Hello,

Your message has been received and case {E} has been reopened. It is back in our queue and an agent will reply, usually within 24 hours.

Please keep the case number in the subject if you write again, and do not create a new case for the same request.

AWS Training and Certification
""", charset="us-ascii", cte="7bit"),
    "<0100019591a2c3d4-reopen-" + E + "-000000@email.amazonses.com>",
    irt="e_u1", auth=auth_gmail("amazon.com"), extra=[("Auto-Submitted", "auto-generated")])

# ---- 055 Pearson VUE post-exam survey (vendor) -> unrelated
add("pv_survey", "unrelated", False, None, [],
    addr("Pearson VUE", "survey@pearsonvue.com"), ME_P,
    "How was your testing experience?", "Sat, 15 Mar 2025 01:00:00 +0000",
    alt("""Dear Candidate,

You recently contacted Pearson VUE customer service (Ref:02718354). Did our agent resolve your request? How likely are you to recommend Pearson VUE to a friend, on a scale of 0 to 10?

Start the 2-minute survey: https://survey.pearsonvue.com/s/02718354
""", """<html><body><p>Dear Candidate,</p><p>You recently contacted Pearson VUE customer service (Ref:02718354). Did our agent resolve your request? How likely are you to recommend Pearson VUE to a friend, on a scale of 0 to 10?</p><p><a href="https://survey.pearsonvue.com/s/02718354">Start the 2-minute survey</a></p></body></html>""",
        charset="us-ascii", cte="7bit", boundary="pv_srv_0315"),
    "<PV.SRV.02718354.20250315@pearsonvue.com>", auth=auth_gmail("pearsonvue.com"))

# ---- 056 E on hold (partner SSO) with a question buried inside
hold_e = f"""Hi Haruto,

Thanks for reopening this. I looked at both records under {ME_P}. The second one was created through a partner sign-in and is still attached to the partner organization of your former employer, so our merge tool refuses it until that organization detaches it. I've raised this with the partner team; these requests usually take 3-5 business days, and the case will sit on hold until they finish.

In the meantime, one thing from you would save time later: the two records carry slightly different names (one has "Haruto Kisaragi", the other "H. Kisaragi"). Which spelling do you want on the merged record?

Regards,
Anand
AWS Training and Certification
"""
add("e_hold", "on_hold", True, E, [],
    AWS_TC, ME_P, "RE:" + SUBJ_E, "Sat, 15 Mar 2025 04:22:16 +0000",
    part(hold_e, cte="qp"),
    "<0100019594e9a1b2-anand-hold-f0a1-4b2c-8d3e-000000@email.amazonses.com>",
    irt="e_reopen", refs=["e_u1", "e_reopen"], auth=auth_gmail("amazon.com"))

# ---- 057 GitHub Support ticket acknowledgement (vendor)
add("ghs_ack", "unrelated", False, None, [],
    addr("GitHub Support", "support@githubsupport.com"), ME_P,
    "[GitHub Support] Request received: 2FA recovery for personal account (#2938475)", "Sat, 15 Mar 2025 07:45:31 +0000",
    part("""Hi Haruto,

Thanks for contacting GitHub Support. We've received your request (#2938475) and a member of our team will follow up by email.

In the meantime, you may find an answer at https://docs.github.com.

GitHub Support
""", charset="us-ascii", cte="7bit"),
    "<ticket-2938475-ack@githubsupport.com>", auth=auth_gmail("githubsupport.com"))

# ---- 058 newsletter EN
add("n2", "unrelated", False, None, [],
    addr("Last Week in Platform Eng", "hello@platformweekly.dev"), ME_P,
    "Issue #97: support cases, on-call, and merge queues", "Sun, 16 Mar 2025 12:00:00 +0000",
    alt("""This week: how three teams cut their support case backlog in half, why your on-call rotation needs a second pair of eyes, and a look at merge queues in practice.

Read online: https://platformweekly.dev/97
Unsubscribe: https://platformweekly.dev/u
""", """<html><body><h2>Issue #97</h2><p>How three teams cut their support case backlog in half, why your on-call rotation needs a second pair of eyes, and a look at merge queues in practice.</p><p><a href="https://platformweekly.dev/97">Read online</a></p></body></html>""",
        charset="us-ascii", cte="7bit", boundary="plw97"),
    "<97.20250316120000@platformweekly.dev>", auth=auth_gmail("platformweekly.dev"),
    extra=[("List-Unsubscribe", "<https://platformweekly.dev/u>")])

# ---- 059 second form detected as duplicate -> added to existing case E
add("e_dupform", "acknowledgement", False, E, [CID_DUP],
    AWS_TC, ME_P, f"[CASE {E}] [AWS Training and Certification Form Submission] - digital-badges",
    "Mon, 17 Mar 2025 00:40:02 +0000",
    part(f"""Hello,

We received a new form from you (Digital badges / Credly - badges missing for {CID_DUP}). Because you already have an open case for this request, we have added your submission to case {E} instead of opening a new one.

The agent working on case {E} can see the new information. If you'd like to add anything else, reply to this email.

AWS Training and Certification
""", charset="us-ascii", cte="7bit"),
    "<0100019599aa0b12-dupform-" + E + "-000000@email.amazonses.com>", auth=auth_gmail("amazon.com"))

# ---- 060 closing notice on E
close_e = f"""Hi Haruto,

I'm following up on my message of March 15 about which name should appear on your merged record. I haven't seen an answer yet.

If I don't hear back within 3 business days, this case will be closed automatically. A reply at any time before or after that will keep it open or bring it back.

Regards,
Anand
AWS Training and Certification
"""
add("e_close", "closing_notice", True, E, [],
    AWS_TC, ME_P, "RE: " + SUBJ_E, "Tue, 18 Mar 2025 05:02:44 +0000",
    alt(close_e, "<html><body>" + "".join(f"<p>{p}</p>" for p in close_e.strip().split("\n\n")) + "</body></html>",
        charset="us-ascii", cte="7bit", boundary="----=_Part_e_close"),
    "<010001959f8c3d21-anand-close-000000@email.amazonses.com>",
    irt="e_hold", refs=["e_u1", "e_reopen", "e_hold"], auth=auth_gmail("amazon.com"))

# ---- 061 owner answers, top-posting over long history
u61 = f"""Hi Anand, sorry for the delay - please use "Haruto Kisaragi" (full name, as on my passport). Keep {CID_PE} as the surviving record.

Haruto

On Tue, Mar 18, 2025 at 2:02 PM AWS Training and Certification <{TC}> wrote:
{quote(close_e)}
>
> On Sat, Mar 15, 2025 at 1:22 PM AWS Training and Certification <{TC}> wrote:
{quote(quote(hold_e))}
"""
add("e_u2", "user_reply", False, E, [CID_PE],
    ME_P_A, TC, "Re: RE: " + SUBJ_E, "Tue, 18 Mar 2025 19:40:12 +0900",
    part(u61, cte="qp"),
    "<CAJk8s2pZ1a7Qr3yHn0+Tb5wLe2XcK9dFu6mJv@mail.gmail.com>",
    irt="e_close", refs=["e_u1", "e_hold", "e_close"])

# ---- 062 agent acknowledgement only (E)
add("e_agentack", "acknowledgement", False, E, [],
    AWS_TC, ME_P, "RE: " + SUBJ_E, "Tue, 18 Mar 2025 11:05:39 +0000",
    alt("Thanks Haruto, noted.\n\nAnand\n", "<div dir=\"ltr\">Thanks Haruto, noted.<br><br>Anand</div>",
        charset="us-ascii", cte="7bit", boundary="----=_Part_e_ack"),
    "<01000195a0d7e8f9-anand-ack-000000@email.amazonses.com>",
    irt="e_u2", auth=auth_gmail("amazon.com"))

# ---- 063 other vendor: case closed
add("vend_closed", "unrelated", False, None, [],
    addr("Sakura Cloud Hosting Support", "support@sakuracloud-hosting.example.jp"), ME_P,
    "Case 00917732 closed: DNS zone transfer failing", "Wed, 19 Mar 2025 10:00:00 +0900",
    part("""Hello,

Because we have not received a response, case 00917732 has been closed. If the issue is still present, reply to this email within 14 days and the case will be reopened.

Sakura Cloud Hosting Support
""", charset="us-ascii", cte="7bit"),
    "<case00917732.closed@sakuracloud-hosting.example.jp>", auth=auth_gmail("sakuracloud-hosting.example.jp"))

# ---- 064 E: hold lifted and passed to another team
add("e_update", "case_update", False, E, [],
    AWS_TC, ME_P, "RE: " + SUBJ_E, "Wed, 19 Mar 2025 06:30:50 +0000",
    part(f"""Hi Haruto,

The partner organization has detached the second record, so the hold is over. I've sent the merge, with the name you chose, to our records team; they usually finish within two business days. I'll confirm here when it is done.

Regards,
Anand
AWS Training and Certification
""", charset="us-ascii", cte="7bit"),
    "<01000195a5f0a1b2-anand-update-000000@email.amazonses.com>",
    irt="e_agentack", refs=["e_u2", "e_agentack"], auth=auth_gmail("amazon.com"))

# ---- 065 billing console case: reminder before auto-resolve (other service)
add("bill_remind", "unrelated", False, None, [],
    AWS_CON, ME_P, f"RE:[CASE {BILL}] Unexpected charge for NAT Gateway in ap-northeast-1",
    "Thu, 20 Mar 2025 00:12:08 +0000",
    part(f"""Hello,

We haven't received the invoice number we asked for. Could you add it to the case? Without it the case will be resolved automatically in 2 days.

Best regards,
Marco D.
Amazon Web Services

To respond to this case, please follow the link below:
https://console.aws.amazon.com/support/home#/case/?displayId={BILL}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", charset="us-ascii", cte="7bit"),
    "<01000195aa3e7c10-bill-remind-000000@email.amazonses.com>", irt="bill_q", auth=auth_gmail("amazon.com"))

# ---- 066 E resolved, quoting the hold question
res_e = f"""Hi Haruto,

The records team has finished: {CID_DUP} has been merged into {CID_PE} under the name "Haruto Kisaragi". Credly should pick up your badges within a day.

Thanks for your patience. This case is now resolved.

Regards,
Anand
AWS Training and Certification

________________________________
From: AWS Training and Certification <{TC}>
Sent: Saturday, March 15, 2025 04:22
Subject: RE:{SUBJ_E}

In the meantime, one thing from you would save time later: the two records carry slightly different names. Which spelling do you want on the merged record?
"""
add("e_res", "resolved", False, E, [CID_DUP, CID_PE],
    AWS_TC, ME_P, "RE: " + SUBJ_E, "Fri, 21 Mar 2025 02:18:33 +0000",
    part(res_e, cte="b64"),
    "<01000195b3c4d5e6-anand-res-000000@email.amazonses.com>",
    irt="e_update", refs=["e_u2", "e_update"], auth=auth_gmail("amazon.com"))

# ---- 067 Credly badge
add("credly2", "badge", False, None, [],
    addr("Credly", "admin@credly.com"), ME_P,
    "Your badges from Amazon Web Services Training and Certification are now in your Credly profile", "Fri, 21 Mar 2025 05:40:00 +0000",
    part("""<html><body><p>Hi Haruto,</p><p>3 badges issued by Amazon Web Services Training and Certification were added to your profile:</p><ul><li>AWS Certified Solutions Architect - Professional</li><li>AWS Certified Developer - Associate</li><li>AWS Certified SysOps Administrator - Associate</li></ul><p><a href="https://www.credly.com/users/haruto-kisaragi/badges">View your badges</a></p></body></html>
""", "html", charset="us-ascii", cte="7bit"),
    "<credly.20250321054000.b3f9@credly.com>", auth=auth_gmail("credly.com"))

# ---- 068 E survey asking for a reply with a number
add("e_survey", "survey", False, E, [],
    AWS_TC, ME_P, f"Quick question about case {E}", "Sat, 22 Mar 2025 03:00:00 +0000",
    part(f"""Hello,

On a scale from 1 to 5, how satisfied are you with the way case {E} was handled? Just reply to this email with a number. If you'd like, add a sentence about what we could have done better.

Thank you for helping us improve.
AWS Training and Certification
""", charset="us-ascii", cte="7bit"),
    "<01000195b8e1f2a3-e-survey-000000@email.amazonses.com>", auth=auth_gmail("amazon.com"))

# ---- 069 CertMetrics benefits notice
add("cm_benefit", "certification", False, None, [],
    addr("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "A new benefit is available in your AWS Certification Account", "Sat, 22 Mar 2025 15:00:00 +0000",
    part("""Hello Haruto,

A 50% exam discount benefit is available in your AWS Certification Account. Visit the Benefits page to view the code and its expiry date.

https://www.aws.training/Certification

AWS Certification
""", charset="us-ascii", cte="7bit"),
    "<cm.20250322150000.312540@certmetrics.com>", auth=auth_gmail("certmetrics.com"))

# ---- 070 Builder ID verification code
add("bid_code", "unrelated", False, None, [],
    addr("AWS", "no-reply@signin.aws"), ME_P, "Your AWS Builder ID verification code",
    "Sun, 23 Mar 2025 01:11:40 +0000",
    part("""Verification code: 604118

This code expires in 10 minutes. If you didn't try to sign in, you can ignore this email.
""", charset="us-ascii", cte="7bit"),
    "<01000195c3a7f0e9-bid-604118-000000@email.amazonses.com>", auth=auth_gmail("signin.aws"))

# ---- 071 Credly lookalike phishing
add("phish3", "suspicious", False, None, [],
    addr("Credly Badges", "notify@credly-badges.net"), ME_P,
    "Your AWS badges will be revoked - confirm ownership", "Sun, 23 Mar 2025 09:22:17 +0000",
    part("""<html><body><p>Dear badge holder,</p><p>We detected duplicate AWS certification accounts linked to your email. Your badges will be revoked in 48 hours unless you confirm ownership.</p><p><a href="http://credly-badges.net/confirm?id=77e1">Confirm ownership</a> and reply with your AWS Builder ID and password so we can keep your badges.</p><p>Credly Trust &amp; Safety</p></body></html>
""", "html", charset="us-ascii", cte="7bit"),
    "<77e1.20250323092217@credly-badges.net>", auth=auth_gmail("credly-badges.net"))

# ---- 072 vendor satisfaction survey (Zendesk)
add("vend_survey", "unrelated", False, None, [],
    addr("Nimbus Notes Support", "support@nimbusnotes.zendesk.com"), ME_P,
    "[Nimbus Notes] How would you rate the support you received? (#48213)", "Mon, 24 Mar 2025 02:00:00 +0000",
    alt("""Hello Haruto,

We'd love to hear what you think of our customer service. Please take a moment to answer one simple question by clicking either link below:

How would you rate the support you received?
Good, I'm satisfied: https://nimbusnotes.zendesk.com/requests/48213/satisfaction/new/good
Bad, I'm unsatisfied: https://nimbusnotes.zendesk.com/requests/48213/satisfaction/new/bad

Here's a reminder of what your ticket was about: Export to PDF drops images
""", """<html><body><p>Hello Haruto,</p><p>We'd love to hear what you think of our customer service.</p><p><b>How would you rate the support you received?</b></p><p><a href="https://nimbusnotes.zendesk.com/requests/48213/satisfaction/new/good">Good, I'm satisfied</a> | <a href="https://nimbusnotes.zendesk.com/requests/48213/satisfaction/new/bad">Bad, I'm unsatisfied</a></p></body></html>""",
        charset="us-ascii", cte="7bit", boundary="--==_mimepart_zd48213c"),
    "<ZD1F8K2Q_67e0bd30_48213_csat@nimbusnotes.zendesk.com>", auth=auth_gmail("zendesk.com"))

# ---- 073 owner forwards the merge result to a colleague
add("u_fwd", "user_reply", False, A, [CID_PE],
    ME_P_A, "a.onodera@tsumugi-tech.co.jp", subj("Fwd: RE:" + SUBJ_A),
    "Mon, 24 Mar 2025 20:15:02 +0900",
    part(f"""小野寺さん

認定アカウントの統合が終わったので共有します。今後は個人側 {CID_PE} で資格を管理します。
パートナー側の資格者数から外れると思うので、アライアンス担当に伝えておいてください。

---------- Forwarded message ---------
From: AWS Training and Certification <{TC}>
Date: Thu, Mar 6, 2025 at 10:20 AM
Subject: RE:{SUBJ_A}
To: <{ME_P}>

{res_a}
""", cte="b64"),
    "<CAJk8s2wE2r5Tm8uJc1+Pd6vHo4ZbL0aGy3nXs@mail.gmail.com>", irt="a_res")

# ---- 074 AWS Activate form case asks a question (other program)
add("act_q", "unrelated", False, None, [],
    addr("AWS Activate", "aws-cs-activate-form@amazon.com"), ME_P,
    f"RE:[CASE {ACT}] [AWS Activate Form Submission] - credits-application", "Tue, 25 Mar 2025 01:33:21 +0000",
    part(f"""Hello,

Thank you for applying for AWS Activate credits. We couldn't verify the company website you entered. Could you reply with a working URL and the date the company was founded? Your application will stay pending until then.

Case ID: {ACT}

AWS Activate Team
""", charset="us-ascii", cte="7bit"),
    "<01000195cdf0a1b2-activate-q-000000@email.amazonses.com>", auth=auth_gmail("amazon.com"))

# ---- 075 billing console case resolved automatically (other service)
add("bill_res", "unrelated", False, None, [],
    AWS_CON, ME_P, f"RE:[CASE {BILL}] Unexpected charge for NAT Gateway in ap-northeast-1",
    "Wed, 26 Mar 2025 00:20:44 +0000",
    part(f"""Hello,

We haven't heard back from you, so case {BILL} has been resolved. If you still need help, you can reopen it from the Support Center within 14 days.

https://console.aws.amazon.com/support/home#/case/?displayId={BILL}&language=en

Note: this e-mail was sent from an address that cannot accept incoming e-mails.
""", charset="us-ascii", cte="7bit"),
    "<01000195d2e4b5c6-bill-res-000000@email.amazonses.com>", irt="bill_remind", auth=auth_gmail("amazon.com"))

# ---- 076 marketing JP
add("mkt2", "unrelated", False, None, [],
    addr("AWS トレーニングと認定", "aws-marketing-email-replies@amazon.com"), ME_P,
    subj("【無料】認定試験対策ウェビナー 4月開催のご案内"), "Thu, 27 Mar 2025 03:00:00 +0000",
    part("""<html><body><p>AWS 認定の取得を目指す方に向けた無料ウェビナーを開催します。</p><p>日時: 2025年4月10日(木) 12:00-13:00<br>対象: アソシエイトレベルの受験予定者</p><p><a href="https://pages.awscloud.com/jp-cert-webinar">お申し込みはこちら</a></p><p style="font-size:10px">配信停止をご希望の方は<a href="https://pages.awscloud.com/unsubscribe">こちら</a></p></body></html>
""", "html", cte="b64"),
    "<1743044400.88310.jpwebinar@marketing.awscloud.com>", auth=auth_gmail("amazon.com"),
    extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe>")])


kinds = collections.Counter()
for i, (raw, label) in enumerate(MSGS, 1):
    with open(os.path.join(OUT, f"{i:03d}-msg.eml"), "wb") as f:
        f.write(raw)
    with open(os.path.join(OUT, f"{i:03d}-msg.json"), "w", encoding="utf-8") as f:
        json.dump(label, f, ensure_ascii=False)
        f.write("\n")
    kinds[label["kind"]] += 1
print(f"{len(MSGS)} messages")
for k, n in sorted(kinds.items()):
    print(f"  {k:22s} {n}")
print("  needs_reply=true       ", sum(1 for _, l in MSGS if l["needs_reply"]))
