#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json) next to this script. Standard library only."""
import os, json, hashlib, collections
from datetime import datetime, timezone, timedelta
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.header import Header
from email import charset as cs
from email.utils import format_datetime, formataddr
from email import policy

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc
PACIFIC = timezone(timedelta(hours=-7))

ME_P = "mei.fujisawa.k@gmail.com"
ME_C = "m.fujisawa@harborlight-sol.co.jp"
ME_NAME = "Mei Fujisawa"
TC = "aws-cs-trainingcertification-form@amazon.com"
CA = "174936218200731"   # main merge case (15 digits)
CB = "174936291100845"   # duplicate form case
CC = "9917364025"        # console case (10 digits)
CD = "25093817460"       # name correction (11 digits, Japanese)
CF = "175213930000962"   # third account merge
CG = "175240118700144"   # duplicate of F
OLD, NEW, THIRD = "AWS03817264", "AWS09152277", "AWS07720418"
SUBJ_A = f"[CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
DATES = []
MIDS = {}


def mid(n, dom):
    h = hashlib.sha1(f"blind200-{n}".encode()).hexdigest()
    return f"<{h[:20]}.{h[20:32]}@{dom}>"


def auth(dom, ok=True, dkim_dom=None):
    d = dkim_dom or dom
    if ok:
        return (f"mx.google.com;\r\n       dkim=pass header.i=@{d} header.s=s{len(d)}2025 header.b=Qx{len(d)}aZ;\r\n"
                f"       spf=pass (google.com: domain of bounce@{dom} designates 54.240.8.{len(dom)} as permitted sender) smtp.mailfrom={dom};\r\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    return (f"mx.google.com;\r\n       dkim=fail header.i=@{d} header.s=s1 header.b=bad0;\r\n"
            f"       spf=softfail (google.com: domain of transitioning {dom} does not designate 185.213.11.40 as permitted sender) smtp.mailfrom={dom};\r\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={dom}")


def text_part(body, sub="plain", charset="utf-8", cte=None):
    c = cs.Charset(charset)
    if cte == "qp":
        c.body_encoding = cs.QP
    elif cte == "b64":
        c.body_encoding = cs.BASE64
    elif cte == "8bit":
        c.body_encoding = None
    if charset.lower() == "iso-2022-jp":
        c.body_encoding = None
    return MIMEText(body, sub, c)


def add(n, date, frm, to, subj, label, body=None, html=None, charset="utf-8", cte=None,
        reply_to=None, cc=None, auth_res=None, irt=None, extra=None, subj_charset=None, crlf=False, note=""):
    assert n == len(MSGS) + 1, n
    if body is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(text_part(body, "plain", charset, cte))
        m.attach(text_part(html, "html", charset, cte))
    elif html is not None:
        m = text_part(html, "html", charset, cte)
    else:
        m = text_part(body, "plain", charset, cte)
    hdr = []
    fdom = frm[1].split("@")[1]
    if auth_res:
        hdr.append(("Delivered-To", to[1] if isinstance(to, tuple) else to))
        hdr.append(("Authentication-Results", auth_res))
    hdr.append(("From", formataddr(frm)))
    t = formataddr(to) if isinstance(to, tuple) else to
    hdr.append(("To", t))
    if cc:
        hdr.append(("Cc", cc))
    if reply_to:
        hdr.append(("Reply-To", reply_to))
    if any(ord(ch) > 127 for ch in subj):
        hdr.append(("Subject", Header(subj, subj_charset or charset)))
    else:
        hdr.append(("Subject", subj))
    hdr.append(("Date", format_datetime(date)))
    m_id = mid(n, fdom)
    MIDS[n] = m_id
    hdr.append(("Message-ID", m_id))
    if irt:
        refs = [MIDS[i] for i in irt]
        hdr.append(("In-Reply-To", refs[-1]))
        hdr.append(("References", " ".join(refs)))
    for k, v in (extra or []):
        hdr.append((k, v))
    # put our headers before MIME headers
    mime_hdrs = list(m.items())
    for k in list(m.keys()):
        del m[k]
    for k, v in hdr:
        m[k] = v
    for k, v in mime_hdrs:
        m[k] = v
    raw = m.as_bytes(policy=policy.SMTP if crlf else policy.compat32)
    MSGS.append((raw, label, note))
    DATES.append(date)


def L(kind, needs, case=None, cands=()):
    return {"kind": kind, "needs_reply": needs, "case": case, "candidate_ids": list(cands)}


def d(y, mo, dd, hh, mi, tz=UTC):
    return datetime(y, mo, dd, hh, mi, (hh * 7 + mi) % 60, tzinfo=tz)


ME = (ME_NAME, ME_P)
MEC = (ME_NAME, ME_C)
TCF = ("Amazon Web Services", TC)
SIG_FOOT = ("\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
            "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., "
            "410 Terry Ave. North, Seattle, WA 98109-5210\n")
AMZ = auth("amazon.com")

# ---------------------------------------------------------------- 001-010
add(1, d(2025, 6, 5, 2, 11), ("Amazon Web Services", "aws-billing@amazon.com"), ME,
    "Amazon Web Services Billing Statement Available [AWS ID 480213957716]", L("unrelated", False),
    body="Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the "
    "account ending in 7716, is available on the AWS web site. Your account will be charged the following:\n\n"
    "Total: USD 3.42\n\nYou can see a complete break down of all charges on the Billing page located here:\n"
    "https://console.aws.amazon.com/billing/home#/bill\n\nThank you for using Amazon Web Services.\n\nSincerely,\n"
    "Amazon Web Services" + SIG_FOOT, auth_res=AMZ, note="AWS billing; 12-digit account ID in subject")

add(2, d(2025, 6, 5, 8, 47), ("Ren Ishikura", "notifications@github.com"), ME,
    "Re: [harborlight/infra-modules] Merge account modules into a single stack (PR #412)", L("unrelated", False),
    body="Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
    "https://github.com/harborlight/infra-modules/pull/412#event-17730291\nYou are receiving this because you were mentioned.\n",
    html="<p>Merged <a href=\"https://github.com/harborlight/infra-modules/pull/412\">#412</a> into main.</p>"
    "<p style=\"font-size:small;color:#666\">&mdash;<br>Reply to this email directly, <a href=\"#\">view it on GitHub</a>.<br>"
    "You are receiving this because you were mentioned.</p>", auth_res=auth("github.com"),
    extra=[("List-ID", "harborlight/infra-modules <infra-modules.harborlight.github.com>")],
    note="GitHub 'merged' + 'accounts' wording, a merge that is not an account merge")

add(3, d(2025, 6, 6, 1, 3), ("AWS Certification", "do-not-reply@certmetrics.com"), MEC,
    "Your AWS Certified Solutions Architect - Associate certification expires in 90 days", L("certification", False, None, [OLD]),
    html="<html><body style=\"font-family:Arial\"><table width=\"600\"><tr><td><h2>Time to plan your recertification</h2>"
    f"<p>Hello Mei,</p><p>Our records for candidate <b>{OLD}</b> show that your AWS Certified Solutions Architect - Associate "
    "credential expires on <b>September 4, 2025</b>.</p><p>To stay certified, pass the current version of the exam, or a "
    "higher-level exam in the same path, before that date. Your 50% discount benefit can be applied to the exam fee.</p>"
    "<p><a href=\"https://www.aws.training/certification\">Go to your certification account</a></p>"
    "<p style=\"color:#888;font-size:11px\">Please do not reply to this message; this mailbox is not monitored.</p>"
    "</td></tr></table></body></html>", cte="qp", auth_res=auth("certmetrics.com"),
    note="expiry notice to company address, candidate ID in HTML")

add(4, d(2025, 6, 6, 18, 20, JST), ("Kenji Moroboshi", "k.moroboshi@harborlight-sol.co.jp"), MEC,
    "Re: 引き継ぎと最終出社日について", L("unrelated", False),
    body="藤沢さん\n\nお疲れさまです。諸星です。\n最終出社日は6/20で確定しました。メールボックスは当日18時で停止されるとのことなので、\n"
    "個人で必要なもの(資格の証明書など)は早めに個人アドレスへ移しておいてください。\n\n"
    "あと、APNのパートナーセントラルの件は情シスの高見さんが管理者なので、何かあれば直接連絡してOKです。\n\n"
    "諸星\n\n> 諸星さん\n> 引き継ぎ資料、共有フォルダに置きました。確認をお願いします。\n> 藤沢\n",
    charset="iso-2022-jp", auth_res=auth("harborlight-sol.co.jp"), note="Japanese colleague mail, ISO-2022-JP, mentions APN and certificates")

add(5, d(2025, 6, 7, 22, 5, JST), ME, ME,
    "memo: AWS cert account merge", L("user_reply", False, None, [OLD, NEW]),
    body="Before sending the form:\n\n- old account (company, Partner Central SSO): " + OLD + "\n- new account (personal, Builder ID): "
    + NEW + "\n- certs: SAA-C03 (2022), DVA-C02 (2024)\n- benefit: 50% voucher, unused\n- downloaded both certificate PDFs\n\n"
    "keep the personal one. form: Certification > Account Merge.\n", note="note to self from the owner, candidate IDs, no case yet")

add(6, d(2025, 6, 8, 5, 40), ("AWS", "no-reply@signin.aws"), ME,
    "Verify your AWS Builder ID email address", L("unrelated", False),
    body="Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n    482913\n\n"
    "This code expires in 10 minutes. If you did not request it, you can ignore this message.\n\n"
    "Amazon Web Services\n", auth_res=auth("signin.aws"), note="Builder ID 6-digit code")

add(7, datetime(2025, 6, 8, 5, 56, 24, tzinfo=UTC), TCF, ME, SUBJ_A, L("acknowledgement", False, CA, [OLD, NEW]),
    body=f"Hello,\n\nThanks for reaching out to AWS Training and Certification. A case has been created for your request: "
    f"case {CA}.\n\nOur team normally gets back to you within one business day; some requests need a little longer. "
    "Opening another case about the same thing will not speed it up - it splits the conversation, so please keep "
    "everything in this thread.\n\nThe details of your case are as follows:\n\n"
    f"Case ID: {CA}\nSubject: account-assistance\nInquiry type: Certification\nAdditional details: Account Merge\n"
    f"Candidate ID: {OLD}\nDescription: I am leaving Harborlight Solutions on June 20 and would like my certification "
    f"history moved to my personal account. Old account: {ME_C} ({OLD}). New account to keep: {ME_P} ({NEW}).\n\n"
    "Best regards,\nAWS Training and Certification Customer Service" + SIG_FOOT,
    auth_res=AMZ, note="ack; candidate IDs echoed from form (counted as own text)")

add(8, datetime(2025, 6, 8, 6, 8, 33, tzinfo=UTC), TCF, MEC,
    f"[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance", L("acknowledgement", False, CB, [OLD]),
    body=f"お客様\n\nAWS トレーニングと認定へお問い合わせいただき、ありがとうございます。\nケース番号 {CB} にてお問い合わせを承りました。\n\n"
    "担当者より、原則として1営業日以内にご連絡いたします。内容によってはお時間を頂戴する場合がございます。\n"
    "同じ内容で新たにお問い合わせを作成されますと対応が遅れる原因となりますので、追加のご連絡はこのメールへの返信でお願いいたします。\n\n"
    f"お問い合わせ内容:\nケース ID: {CB}\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\nAWS 候補 ID: {OLD}\n"
    "本文: 退職のため、会社アドレスの認定アカウントを個人アカウントに統合したいです。\n\n"
    "AWS トレーニングと認定 カスタマーサービス\n", charset="utf-8", cte="b64", auth_res=AMZ,
    note="second (duplicate) form case, Japanese ack, base64, to company address")

add(9, d(2025, 6, 8, 9, 0), ("Cloud Native Weekly", "newsletter@cloudnativeweekly.dev"), ME,
    "Cloud Native Weekly #219: merging clusters, closing out tickets, and more", L("unrelated", False),
    html="<html><body><h1>Cloud Native Weekly #219</h1><ul><li>How we merged 14 EKS clusters into 3</li>"
    "<li>Closing support tickets faster with runbooks</li><li>Certification study plan: what changed in 2025</li></ul>"
    "<p><a href=\"https://cloudnativeweekly.dev/unsub\">Unsubscribe</a></p></body></html>",
    auth_res=auth("cloudnativeweekly.dev"), extra=[("List-Unsubscribe", "<https://cloudnativeweekly.dev/unsub>")],
    note="newsletter with merge/close/certification words")

add(10, d(2025, 6, 8, 14, 31), TCF, ME, "RE:" + SUBJ_A, L("info_request", True, CA),
    body="Hello Mei,\n\nMy name is Priya and I'll be looking after your merge request.\n\n"
    "Because the account we would be merging away from belongs to a corporate domain, we have to see the request "
    f"come from that mailbox as well before we touch it. Could you send a short reply to this message from {ME_C}, "
    "stating that you authorise the merge of that account into your personal one? Keep the case number in the subject "
    "line so it reaches me.\n\nOnce that arrives I can continue with the next steps.\n\n"
    "Kind regards,\nPriya N.\nAWS Training and Certification Customer Service" + SIG_FOOT,
    auth_res=AMZ, irt=[7], note="asks to write from the other (company) address")

add(11, d(2025, 6, 8, 15, 2), TCF, MEC,
    f"RE:[CASE {CB}] [AWS Training and Certification Form Submission] - account-assistance", L("case_update", False, CB),
    body="Hello,\n\n"
    f"We noticed this request is the same as case {CA}, which one of my colleagues is already working on. To keep things "
    f"in one place I have closed case {CB}; nothing has been lost, and all further updates will come on {CA}.\n\n"
    f"If you have something to add, you are welcome to reply on case {CA}.\n\n"
    "Regards,\nDaichi\nAWS Training and Certification Customer Service" + SIG_FOOT,
    auth_res=AMZ, irt=[8], note="duplicate closed, conditional invitation, mentions the other case number")

add(12, d(2025, 6, 9, 9, 20, JST), MEC, ("Amazon Web Services", TC), "RE:" + SUBJ_A, L("user_reply", False, CA, [OLD]),
    body="Hello Priya,\n\nI am writing from my company address as requested. I authorise merging my certification account "
    f"{ME_C} (candidate ID {OLD}) into my personal account {ME_P}.\n\nThank you,\nMei Fujisawa\n"
    "Harborlight Solutions Co., Ltd. / Cloud Integration Dept.\n\n"
    "-----Original Message-----\nFrom: Amazon Web Services <" + TC + ">\nSent: Sunday, June 8, 2025 11:31 PM\n"
    f"To: {ME_P}\nSubject: RE:{SUBJ_A}\n\nHello Mei,\n\nMy name is Priya and I'll be looking after your merge request.\n"
    f"... Could you send a short reply to this message from {ME_C}, stating that you authorise the merge ...\n",
    irt=[7, 10], crlf=True, note="owner reply from company address, Outlook Original Message quoting, CRLF")

add(13, d(2025, 6, 9, 9, 45, JST), ("高見 亮", "r.takami@harborlight-sol.co.jp"), MEC,
    "自動応答: 引き継ぎの件", L("unrelated", False),
    body="いつもお世話になっております。高見です。\n6/9〜6/11は出張のため不在にしております。\n"
    "お急ぎの場合は情シス窓口(it-desk@harborlight-sol.co.jp)までご連絡ください。\n",
    charset="iso-2022-jp", auth_res=auth("harborlight-sol.co.jp"), extra=[("Auto-Submitted", "auto-replied")],
    note="Japanese out-of-office from colleague")

add(14, d(2025, 6, 9, 18, 44), TCF, ME, "RE:" + SUBJ_A, L("on_hold", True, CA),
    body="Hello Mei,\n\nThank you for confirming from your company address.\n\n"
    "While reviewing the old account I found that it is associated with an AWS Partner Network organization "
    "(Harborlight Solutions Co., Ltd.). Certification records of a partner's employees count toward that partner's "
    "program tiers, so we are not able to move them while the association is active. The partner's Partner Central "
    "administrator has to remove you from their organization first; we have sent them a notification. I have put "
    "your case on hold until that happens.\n\n"
    "One thing would help me here: has your employment with Harborlight already ended, or is there a confirmed last "
    "working day? Let me know in your reply.\n\n"
    "Kind regards,\nPriya N.\nAWS Training and Certification Customer Service" + SIG_FOOT,
    auth_res=AMZ, irt=[7, 10, 12], note="APN hold with a question buried at the end -> needs reply")

add(15, d(2025, 6, 9, 21, 15), ("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "AWS Certification wants to hear from you", L("certification", False),
    html="<html><body><p>Hi Mei,</p><p>You recently took an AWS Certification exam. Tell us how the exam experience "
    "went - the survey takes about 5 minutes.</p><p><a href=\"https://survey.certmetrics.com/s/aws-2025\">Start the survey</a></p>"
    "<p>Thank you for helping us improve AWS Certification.</p></body></html>", auth_res=auth("certmetrics.com"),
    note="program survey, not about a support case -> certification, not survey")

add(16, d(2025, 6, 10, 8, 2, JST), ME, ("Amazon Web Services", TC), "RE:" + SUBJ_A, L("user_reply", False, CA),
    body="Hi Priya,\n\nMy last working day at Harborlight is June 20, 2025 - it is confirmed. I have also asked our "
    "Partner Central admin (Mr. Takami) to remove me from the organization.\n\nBest,\nMei\n\n"
    "On Mon, Jun 9, 2025 at 6:44 PM Amazon Web Services <" + TC + "> wrote:\n"
    "> Hello Mei,\n>\n> Thank you for confirming from your company address.\n> ...\n"
    "> One thing would help me here: has your employment with Harborlight already ended, or is there a confirmed last\n"
    "> working day? Let me know in your reply.\n", irt=[7, 10, 12, 14], note="Gmail style reply, quoted question")

add(17, d(2025, 6, 10, 13, 30, JST), ("高見 亮", "r.takami@harborlight-sol.co.jp"), MEC,
    "パートナーセントラルの紐付け解除しました", L("unrelated", False),
    body="藤沢さん\n\n高見です。出張先から失礼します。\nAWS Partner Central の組織から藤沢さんのユーザーを外しました。\n"
    "AWS側の統合手続きはこれで進むはずです。反映まで少し時間がかかるかもしれません。\n\n高見\n",
    charset="utf-8", cte="qp", auth_res=auth("harborlight-sol.co.jp"), note="colleague (APN admin) says association removed; not support")

add(18, d(2025, 6, 10, 23, 0), ("AWS Events", "aws-marketing-email-replies@amazon.com"), ME,
    "AWS Summit Japan: last chance to register - certification lounge open both days", L("unrelated", False),
    html="<html><body><table width=600><tr><td><h1>AWS Summit Japan</h1><p>Certified? Visit the certification lounge "
    "for exclusive swag. Show your digital badge at the entrance.</p><p><a href=\"https://aws.amazon.com/jp/events/summits/japan/\">"
    "Register now</a></p><p style=font-size:10px>To unsubscribe, click here.</p></td></tr></table></body></html>",
    auth_res=AMZ, note="AWS marketing mentioning certification and badge")

add(19, d(2025, 6, 11, 4, 12), TCF, ME, "RE:" + SUBJ_A, L("case_update", False, CA),
    body="Hello Mei,\n\nGood news: the partner association on your old account has been removed, so the hold on this "
    "case is lifted. I have passed the request to our account operations team, who carry out merges. You will hear "
    "from them here.\n\nNo action is needed from you right now.\n\nKind regards,\nPriya N.\n"
    "AWS Training and Certification Customer Service" + SIG_FOOT, auth_res=AMZ, irt=[7, 10, 12, 14, 16],
    note="hold lifted, handed to another team, explicitly nothing to do")

add(20, d(2025, 6, 11, 7, 30), ("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME,
    "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment", L("unrelated", False),
    body="Dear Mei Fujisawa,\n\nThank you for scheduling your exam with Pearson VUE.\n\nExam: SAP-C02 AWS Certified Solutions "
    "Architect - Professional\nDate: Tuesday, July 8, 2025  10:00 JST\nLocation: Online (OnVUE)\nRegistration ID: 482719305\n\n"
    "To reschedule or cancel, sign in at least 24 hours before your appointment.\n\nPearson VUE\n",
    auth_res=auth("pearson.com"), note="exam vendor, 9-digit registration ID")

add(21, d(2025, 6, 12, 2, 5), TCF, ME, "RE:" + SUBJ_A, L("confirmation_request", True, CA, [NEW, OLD]),
    html="<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Amazon Ember,Arial,sans-serif;font-size:14px\">"
    "<p>Hi Mei,</p><p>I'm Tomasz from the account operations team. Before merging, I need you to look over the two "
    "accounts I found and make sure both are yours:</p>"
    "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
    "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
    f"<tr><td>Candidate ID</td><td>{NEW}</td><td>{OLD}</td></tr>"
    f"<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>"
    f"<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>"
    f"<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>"
    "</table><p>Everything would end up on <b>Account #1</b> and Account #2 would be deactivated. This cannot be undone. "
    "Is Account #1 the one you want to keep?</p><p>Thanks,<br>Tomasz W.<br>AWS Training and Certification</p>"
    "<p style=\"color:#777;font-size:11px\">Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></body></html>",
    auth_res=AMZ, irt=[7, 10, 12, 14, 16, 19], note="HTML-only table, question form, no 'please'")

add(22, d(2025, 6, 12, 11, 40), ("AWS Skill Builder", "no-reply@aws.training"), ME,
    "Your AWS Skill Builder subscription receipt", L("unrelated", False),
    body="Hello Mei,\n\nThank you for your purchase.\n\nAWS Skill Builder Individual subscription (monthly)\n"
    "Amount: USD 29.00\nOrder number: SB-7730-2291-0048\n\nManage your subscription in your Skill Builder account.\n\n"
    "AWS Training and Certification\n", auth_res=auth("aws.training"), note="Skill Builder receipt signed 'AWS Training and Certification'")

add(23, d(2025, 6, 13, 1, 20), ("Microsoft Support", "support@mail.support.microsoft.com"), ME,
    "Case 2506110040007713 has been closed", L("unrelated", False),
    body="Hello Mei,\n\nYour support request 2506110040007713 (Azure subscription transfer) has been closed because we "
    "did not receive a response within 7 days. If you still need help, reply to this email within 14 days and the "
    "case will be reopened.\n\nMicrosoft Azure Support\n", auth_res=auth("mail.support.microsoft.com"),
    note="other vendor's closing notice")

add(24, d(2025, 6, 13, 16, 55), ("AWS Certification Support", "support@aws-certification-center.com"), ME,
    f"Action required: confirm your certification account merge (Case {CA})", L("suspicious", False),
    html="<html><body><p>Dear Candidate,</p><p>Your certification account merge is pending. To avoid permanent loss of "
    "your credentials, verify your identity within 24 hours by signing in with your AWS Builder ID and password:</p>"
    "<p><a href=\"http://aws-certification-center.com/verify?u=mei\">Verify my account</a></p>"
    "<p>Reply to this message with your Builder ID password if the link does not work.</p>"
    "<p>AWS Training &amp; Certification Team</p></body></html>", auth_res=auth("aws-certification-center.com"),
    note="lookalike domain, quotes the real case number, demands reply")

add(25, d(2025, 6, 14, 3, 0), ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME,
    "Amazon.co.jp ご注文の商品が発送されました", L("unrelated", False),
    body="藤沢 芽衣 様\n\nご注文いただいた商品を発送しました。\n注文番号: 250-4419270-3318824\n商品: AWS認定 ソリューションアーキテクト プロフェッショナル 問題集\n\nAmazon.co.jp\n",
    charset="shift_jis", auth_res=auth("amazon.co.jp"), note="Amazon retail (not AWS), Shift_JIS, mentions AWS認定")

add(26, d(2025, 6, 15, 2, 30), TCF, ME, "RE:" + SUBJ_A, L("closing_notice", True, CA),
    body="Hello Mei,\n\nWe wrote to you on June 12 asking you to check the two accounts listed in our previous message and "
    "haven't heard back yet.\n\nIf we get no answer within 72 hours, this case will be closed automatically. A reply to "
    "this email, at any time, keeps it open (or reopens it).\n\nThanks,\nTomasz W.\nAWS Training and Certification" + SIG_FOOT,
    html="<html><body><p>Hello Mei,</p><p>We wrote to you on June 12 asking you to check the two accounts listed in our "
    "previous message and haven&#8217;t heard back yet.</p><p>If we get no answer within 72&nbsp;hours, this case will be "
    "closed automatically. A reply to this email, at any time, keeps it open (or reopens it).</p>"
    "<p>Thanks,<br>Tomasz W.<br>AWS Training and Certification</p></body></html>", cte="qp",
    auth_res=AMZ, irt=[21], note="multipart/alternative QP closing notice")

add(27, d(2025, 6, 15, 12, 10, JST), ME, ("Amazon Web Services", TC), "Re: RE:" + SUBJ_A, L("user_reply", False, CA),
    body="Confirmed - both accounts are mine. Please merge into Account #1.\n\nMei Fujisawa\n\n"
    "On Thu, Jun 12, 2025 at 11:05 AM Amazon Web Services <" + TC + "> wrote:\n"
    f"> | Candidate ID | {NEW} | {OLD} |\n> | Login email | {ME_P} | {ME_C} |\n"
    "> Everything would end up on Account #1 and Account #2 would be deactivated.\n"
    "> Is Account #1 the one you want to keep?\n", irt=[21, 26],
    note="owner's confirmation; candidate IDs only in quote -> []")

add(28, d(2025, 6, 15, 5, 42), TCF, ME, "RE:" + SUBJ_A, L("resolved", False, CA, [NEW]),
    body=f"Hi Mei,\n\nThanks for confirming. I have successfully merged the accounts - exam history, certifications and "
    f"benefits now all sit on {NEW} ({ME_P}). Your old login no longer works.\n\n"
    "Your Credly badges will be re-issued to the personal address shortly. It can take a few days for the partner "
    "profile to refresh.\n\nBest,\nTomasz W.\nAWS Training and Certification\n\n"
    "From: Amazon Web Services\nSent: Thursday, June 12, 2025 2:05 AM\nSubject: RE:" + SUBJ_A + "\n\n"
    "Hi Mei,\nI'm Tomasz from the account operations team. Before merging, I need you to look over the two accounts "
    "I found and make sure both are yours:\n"
    f"Account #1  Candidate ID {NEW}  Login email {ME_P}\nAccount #2  Candidate ID {OLD}  Login email {ME_C}\n"
    "Is Account #1 the one you want to keep?\n" + SIG_FOOT, auth_res=AMZ, irt=[21, 26, 27],
    note="completion quoting the earlier confirmation request (unmarked Outlook quote)")

add(29, d(2025, 6, 15, 6, 1), ("Credly", "admin@credly.com"), ME,
    "Mei, you've been issued a badge by Amazon Web Services Training and Certification", L("badge", False),
    html="<html><body><p>Congratulations, Mei!</p><p>Amazon Web Services Training and Certification has issued you the "
    "<b>AWS Certified Solutions Architect &ndash; Associate</b> badge.</p><p><a href=\"https://www.credly.com/earner/earned/badge/7f3c2a1e-90b4-4d2e-8a61-1c2e5f9d0b77\">Accept your badge</a></p>"
    "<p>Credly, Inc.</p></body></html>", auth_res=auth("credly.com"), note="Credly issue mail right after merge; badge UUID")

add(30, d(2025, 6, 15, 23, 30), ("AWS Customer Service", "aws-cs-survey@amazon.com"), ME,
    f"How did we do? Your case {CA}", L("survey", False, CA),
    body=f"Hello,\n\nYour recent case {CA} with AWS Training and Certification was marked as resolved. We'd like to know "
    "how it went. The survey has three questions.\n\nhttps://survey.aws.amazon.com/r/ZX81kq\n\n"
    "Your answers are optional and help us improve.\n\nAWS Customer Service" + SIG_FOOT, auth_res=AMZ,
    note="case survey from a separate survey sender")

add(31, d(2025, 6, 16, 9, 15, JST), ME, ("諸星 健二", "k.moroboshi@harborlight-sol.co.jp"), "Fwd: RE:" + SUBJ_A,
    L("user_reply", False, CA),
    body="諸星さん\n\n認定アカウントの統合が完了したので共有します。パートナーセントラル側の表示は数日で変わるそうです。\n\n藤沢\n\n"
    "---------- Forwarded message ---------\nFrom: Amazon Web Services <" + TC + ">\nDate: Sun, Jun 15, 2025 at 2:42 PM\n"
    "Subject: RE:" + SUBJ_A + f"\nTo: <{ME_P}>\n\nHi Mei,\n\nThanks for confirming. I have successfully merged the accounts ...\n",
    charset="utf-8", cte="8bit", irt=[28], note="owner forwards completion to manager (Japanese)")

add(32, d(2025, 6, 16, 10, 5), ("Credly", "admin@credly.com"), ME,
    "Reminder: claim your AWS Certified Developer - Associate badge", L("badge", False),
    body="Hi Mei,\n\nYou have a badge waiting from Amazon Web Services Training and Certification: AWS Certified Developer "
    "- Associate. Accept it to share it on LinkedIn and in your email signature.\n\n"
    "https://www.credly.com/earner/earned/badge/0b9d1f44-2e7c-4b58-9d3a-52c1e0a6f813\n\nThe Credly Team\n",
    auth_res=auth("credly.com"), note="badge reminder")

add(33, d(2025, 6, 17, 9, 0, JST), ("connpass", "no-reply@connpass.com"), ME,
    "【JAWS-UG東京】勉強会の参加登録が完了しました", L("unrelated", False),
    body="藤沢 芽衣 さん\n\nJAWS-UG東京 ランチタイムLT会 への参加登録が完了しました。\n日時: 2025/06/26 12:00〜13:00\n"
    "テーマ: AWS認定の取り方・活かし方\n\nconnpass\n", charset="utf-8", cte="b64", auth_res=auth("connpass.com"),
    note="Japanese event registration 'completed'")

add(34, d(2025, 6, 17, 11, 25), ("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME,
    "RE:[CASE 175015552900318] [AWS Educate Form Submission] - institution-verification", L("unrelated", False),
    body="Hello,\n\nThank you for contacting AWS Educate. To finish setting up the educator account you requested for "
    "the Kanagawa coding club, could you tell us the official name of the school and attach a document showing your "
    "role there?\n\nAWS Educate Support" + SIG_FOOT, auth_res=AMZ,
    note="another AWS program's form case asking a question -> unrelated, no reply tracked")

add(35, d(2025, 6, 18, 8, 40, JST), ME, ("Amazon Web Services", TC), "RE:" + SUBJ_A, L("user_reply", False, CA),
    body="Hello Tomasz,\n\nThanks again for the merge. Checking the new account today I see the SAA certification, but the "
    "DVA-C02 exam I passed in March 2024 is missing from Exam history and Certifications. Could you take a look?\n\n"
    "Mei Fujisawa\n\n> I have successfully merged the accounts - exam history, certifications and benefits now all sit on ...\n",
    irt=[28], note="owner asks to reopen resolved case")

add(36, d(2025, 6, 18, 3, 10), TCF, ME, "RE:" + SUBJ_A, L("case_update", False, CA),
    body="Hello Mei,\n\nI've reopened your case and sent it to our certification records team, who can correct exam "
    "history. They normally need three to five business days. I'll update you here as soon as I hear back.\n\n"
    "Best,\nTomasz W.\nAWS Training and Certification" + SIG_FOOT, auth_res=AMZ, irt=[28, 35],
    note="case reopened, passed on, asks nothing")

add(37, d(2025, 6, 19, 4, 4), ("Amazon Web Services", TC), ME, "RE:" + SUBJ_A, L("suspicious", False),
    html="<html><body><p>Hello Mei,</p><p>During the merge your exam record failed validation. To restore it, sign in "
    "below within 12 hours and re-enter your Builder ID credentials and payment card for the re-verification fee "
    "(USD 1.00).</p><p><a href=\"https://aws-training-records.support-verify.net/login\">Restore exam record</a></p>"
    "<p>AWS Training and Certification</p></body></html>",
    auth_res=auth("amazon.com", ok=False), extra=[("Reply-To", "records@support-verify.net")],
    note="spoofed real sender + real case subject, dmarc=fail, credential phishing")

add(38, d(2025, 6, 19, 10, 12), ("Ren Ishikura", "notifications@github.com"), ME,
    "Re: [harborlight/infra-modules] Close out Q2 issues before Mei leaves (Issue #430)", L("unrelated", False),
    body="@mei-fujisawa could you confirm whether #388 can be closed? It is waiting on your answer.\n\n--\n"
    "Reply to this email directly or view it on GitHub:\nhttps://github.com/harborlight/infra-modules/issues/430#issuecomment-2991\n",
    auth_res=auth("github.com"), note="GitHub question to the owner - a request, but not support")

add(39, d(2025, 6, 20, 1, 50), TCF, ME, "RE:" + SUBJ_A, L("info_request", True, CA),
    body="Hello Mei,\n\nThis is Aiko from the certification records team. I've been through both former accounts. The "
    "DVA-C02 attempt is not linked to either candidate record, which usually happens when an exam was booked under a "
    "slightly different name or an older login. To find it in the test vendor's system, the exam date and the Pearson "
    "VUE registration number from your score report or booking confirmation are what I need.\n\n"
    "Aiko S.\nAWS Certification Records" + SIG_FOOT, auth_res=AMZ, irt=[28, 35, 36],
    note="request buried as a statement ('are what I need'), no question mark, no please")

add(40, d(2025, 6, 20, 19, 5, JST), ME, ("Amazon Web Services", TC), "RE:" + SUBJ_A, L("user_reply", False, CA, [OLD]),
    body=f"Hi Aiko,\n\nExam date: March 14, 2024. Pearson VUE registration number: 391027764. It was booked while "
    f"my account was {OLD}, with my name written as FUJISAWA MEI.\n\nRegards,\nMei\n\n"
    "On Fri, Jun 20, 2025 at 10:50 AM Amazon Web Services wrote:\n> the exam date and the Pearson VUE registration number ... are what I need.\n",
    irt=[36, 39], note="owner's answer with a 9-digit registration number")

add(41, d(2025, 6, 21, 5, 0), ("LinkedIn", "messages-noreply@linkedin.com"), ME,
    "Mei, congratulate Ren on a work anniversary", L("unrelated", False),
    html="<html><body><p>Ren Ishikura is celebrating 5 years at Harborlight Solutions.</p><p><a href=\"#\">Say congrats</a></p></body></html>",
    auth_res=auth("linkedin.com"), note="social noise")

add(42, d(2025, 6, 23, 6, 33), TCF, ME, "RE:" + SUBJ_A, L("resolved", False, CA),
    body="Hello Mei,\n\nThe DVA-C02 result is now attached to your account and the certification shows as active. Your "
    "certificate PDF can be downloaded again from the Certifications page.\n\nIf anything else looks wrong, just reply to "
    "this email and the case will come back to me.\n\nAiko S.\nAWS Certification Records\n\n"
    "________________________________\nFrom: Amazon Web Services\nSent: Friday, June 20, 2025 1:50 AM\n\n"
    "... the exam date and the Pearson VUE registration number from your score report or booking confirmation are what I need.\n"
    + SIG_FOOT, auth_res=AMZ, irt=[39, 40], note="record fixed; conditional invitation; quoted old request")

# ---------------------------------------------------------------- console case C
CON_FOOT = (f"\n\nTo see the case or to reply, use the link below. Replies to this e-mail cannot be received.\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en\n\n"
            "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.*\n")
CONSUB = "Exam discount voucher missing after certification account merge"
NOR = ("Amazon Web Services", "no-reply-aws@amazon.com")

add(43, d(2025, 6, 24, 2, 14), NOR, ME, f"Amazon Web Services: New Support case: {CC}", L("acknowledgement", False, CC),
    body=f"Dear AWS customer,\n\nWe have opened case {CC} on your behalf.\n\nSubject: {CONSUB}\nSeverity: General guidance\n"
    "Service: Training and Certification\nCategory: Certification benefits\n\nAn engineer will contact you soon." + CON_FOOT,
    auth_res=AMZ, note="console case opened (10-digit ID)")

add(44, d(2025, 6, 24, 9, 10), ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME,
    "Delivery Status Notification (Failure)", L("unrelated", False),
    body=f"** Address not found **\n\nYour message wasn't delivered to {ME_C} because the address couldn't be found, or is "
    "unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <" + ME_C + ">: Recipient address rejected: "
    "User unknown\n", auth_res=auth("googlemail.com"), extra=[("Auto-Submitted", "auto-replied")],
    note="bounce: old company mailbox is gone")

add(45, d(2025, 6, 25, 7, 2), NOR, ME, f"RE:[CASE {CC}] {CONSUB}", L("info_request", True, CC),
    body="Hello,\n\nThank you for your patience. I checked the merged account and there is no unused 50% discount voucher "
    "recorded on it. To trace the original one we need either the voucher code as it appeared on the old account's "
    "Benefits page, or a screenshot of that page if you saved one.\n\nKindly add this as a reply on the case in the "
    "Support Center - answers sent to this e-mail address do not reach us.\n\nBest regards,\nMarco R.\n"
    "Amazon Web Services\n\nWe value your feedback. Please share your experience by rating this correspondence "
    "using the AWS Support Center link at the end of this correspondence." + CON_FOOT,
    html="<html><body><p>Hello,</p><p>Thank you for your patience. I checked the merged account and there is no unused 50% "
    "discount voucher recorded on it. To trace the original one we need either the voucher code as it appeared on the old "
    "account's Benefits page, or a screenshot of that page if you saved one.</p><p>Kindly add this as a reply on the case "
    "in the Support Center &ndash; answers sent to this e-mail address do not reach us.</p><p>Best regards,<br>Marco R.<br>"
    "Amazon Web Services</p><p>We value your feedback. Please share your experience by rating this correspondence.</p>"
    f"<p><a href=\"https://console.aws.amazon.com/support/home#/case/?displayId={CC}&language=en\">View case</a></p></body></html>",
    cte="b64", auth_res=AMZ, irt=[43], note="console case asks for info, reply must go to Support Center; survey footer")

add(46, d(2025, 6, 25, 20, 30, JST), ME, NOR, f"Re: RE:[CASE {CC}] {CONSUB}", L("user_reply", False, CC),
    body="Hello Marco,\n\nThe code was AWSCERT50-7Q2K-M9XD, screenshot attached in my next mail.\n\nMei\n\n"
    "> Kindly add this as a reply on the case in the Support Center - answers sent to this e-mail address do not reach us.\n",
    irt=[43, 45], note="owner replies by e-mail to no-reply (will not arrive)")

add(47, d(2025, 6, 26, 0, 45), NOR, ME, "Amazon Web Services: New Support case: 175089871200412",
    L("unrelated", False),
    body="Dear AWS customer,\n\nWe have opened case 175089871200412 on your behalf.\n\nSubject: Service Quotas: increase "
    "Lambda concurrent executions [AWS ID 480213957716]\nService: Service Quotas\n\nAn engineer will contact you soon.\n\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId=175089871200412&language=en\n\n"
    "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.*\n",
    auth_res=AMZ, note="console case about a service quota, not Training and Certification")

add(48, d(2025, 6, 27, 2, 0), ("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "A new benefit is available in your AWS Certification account", L("certification", False, None, [NEW]),
    body=f"Hello Mei,\n\nA new benefit has been added to your AWS Certification account ({NEW}): 50% off your next "
    "AWS Certification exam. Find the code on the Benefits page.\n\nAWS Certification\n\nThis mailbox is not monitored.\n",
    auth_res=auth("certmetrics.com"), note="benefit notice (program mail, not the support case answer)")

add(49, d(2025, 6, 28, 7, 5), NOR, ME, f"RE:[CASE {CC}] {CONSUB}", L("closing_notice", True, CC),
    body="Hello,\n\nWe haven't received a response to our last correspondence. If we don't hear from you, this case will "
    "be resolved automatically in 4 days. To keep it open, add a reply in the Support Center.\n\n"
    "Amazon Web Services" + CON_FOOT, auth_res=AMZ, irt=[43, 45], note="console auto-resolve warning (answer in console)")

add(50, d(2025, 6, 29, 12, 12), ("Credly", "admin@credly-notifications.net"), ME,
    "Your AWS badge will be revoked - confirm your identity", L("suspicious", False),
    html="<html><body><p>Hi Mei,</p><p>We could not verify the email linked to your AWS Certified badges after your account "
    "change. Confirm your login within 48 hours or your badges will be revoked.</p>"
    "<p><a href=\"https://credly-notifications.net/confirm\">Confirm now</a></p><p>Credly Support</p></body></html>",
    auth_res=auth("credly-notifications.net"), note="Credly lookalike")

add(51, d(2025, 6, 30, 3, 33), NOR, ME, f"RE:[CASE {CC}] {CONSUB}", L("resolved", False, CC),
    body="Hello,\n\nThanks for the screenshot you added in the Support Center. We have re-issued the 50% exam discount to "
    "your merged account; it is visible under Benefits now and is valid until June 30, 2026. We are marking this case "
    "resolved.\n\nBest regards,\nMarco R.\nAmazon Web Services\n\nWe value your feedback. Please share your experience "
    "by rating this correspondence using the AWS Support Center link at the end of this correspondence." + CON_FOOT,
    auth_res=AMZ, irt=[43, 45, 49], note="console resolution with survey footer")

add(52, d(2025, 7, 1, 1, 10), NOR, ME, f"Tell us about your support experience (case {CC})", L("survey", False, CC),
    html=f"<html><body><p>Your AWS Support case {CC} was recently resolved.</p><p>How satisfied were you with the support "
    "you received?</p><table><tr><td><a href=\"#1\">1</a></td><td><a href=\"#2\">2</a></td><td><a href=\"#3\">3</a></td>"
    "<td><a href=\"#4\">4</a></td><td><a href=\"#5\">5</a></td></tr></table><p>Amazon Web Services</p></body></html>",
    auth_res=AMZ, note="console survey, HTML-only")

# ---------------------------------------------------------------- case D (Japanese, name correction)
SUBJ_D = f"[CASE {CD}] [AWS Training and Certification Form Submission] - certificate-name"
add(53, d(2025, 7, 1, 4, 20), TCF, ME, SUBJ_D, L("acknowledgement", False, CD, [NEW]),
    body=f"藤沢 様\n\nAWS トレーニングと認定にお問い合わせいただきありがとうございます。\nケース {CD} として受け付けました。\n\n"
    "通常は1営業日以内に担当者からご連絡いたします。\n本件について別のお問い合わせを作成されると、回答が遅れる場合がございます。\n\n"
    f"受付内容\nAWS 候補 ID: {NEW}\n内容: 認定証の氏名のローマ字表記が「FUJISAKA」になっています。「FUJISAWA」への修正をお願いします。\n\n"
    "AWS トレーニングと認定 カスタマーサービス\n", charset="iso-2022-jp", auth_res=AMZ,
    note="Japanese ack, ISO-2022-JP subject/body, echoed candidate ID")

add(54, d(2025, 7, 2, 6, 0), TCF, ME, "RE:" + SUBJ_D, L("info_request", True, CD),
    body="藤沢 様\n\nAWS トレーニングと認定 カスタマーサービスの山岸でございます。\n\n"
    "認定証の氏名変更につきましては、ご本人確認のため、公的な身分証明書に記載されているローマ字の氏名と、"
    "試験を受験された際に Pearson VUE へ登録されたお名前を確認させていただいております。\n"
    "お手数ではございますが、上記2点を本メールへのご返信にてお知らせいただけますでしょうか。\n\n"
    "何卒よろしくお願いいたします。\n\n山岸\nAWS トレーニングと認定 カスタマーサービス\n",
    charset="shift_jis", auth_res=AMZ, irt=[53], subj_charset="iso-2022-jp", note="Japanese keigo request, Shift_JIS")

add(55, d(2025, 7, 2, 22, 0), ("The Pragmatic Cloud", "hello@pragmaticcloud.news"), ME,
    "Please confirm your subscription", L("unrelated", False),
    body="Hi,\n\nPlease confirm you want to receive The Pragmatic Cloud by clicking the link below.\n"
    "https://pragmaticcloud.news/confirm?t=8ad1\n\nIf you didn't sign up, ignore this email.\n",
    auth_res=auth("pragmaticcloud.news"), note="'please confirm' from a newsletter")

add(56, d(2025, 7, 4, 6, 10), TCF, ME, "RE:" + SUBJ_D, L("closing_notice", True, CD),
    html="<html><body><p>藤沢 様</p><p>7月2日にご確認をお願いした件について、ご返信をいただけておりませんでしたため、"
    "本ケースはいったんクローズとさせていただきました。</p><p>本メールにご返信いただければ、ケースは自動的に再開され、"
    "引き続き対応させていただきます。</p><p>山岸<br>AWS トレーニングと認定 カスタマーサービス</p></body></html>",
    charset="utf-8", cte="b64", auth_res=AMZ, irt=[53, 54], note="Japanese, HTML-only, 'already closed, a reply reopens'")

add(57, d(2025, 7, 4, 21, 3, JST), ME, ("Amazon Web Services", TC), "RE:" + SUBJ_D, L("user_reply", False, CD),
    body="山岸様\n\nご連絡が遅くなり申し訳ありません。\n身分証明書のローマ字表記: FUJISAWA MEI\nPearson VUE 登録名: Mei Fujisaka(登録時の誤記です)\n\n"
    "よろしくお願いいたします。\n藤沢 芽衣\n\n2025年7月4日(金) 15:10 Amazon Web Services <" + TC + ">:\n"
    "> 7月2日にご確認をお願いした件について、ご返信をいただけておりませんでしたため、\n> 本ケースはいったんクローズとさせていただきました。\n",
    charset="iso-2022-jp", irt=[54, 56], note="owner's Japanese reply, Japanese Gmail quote header")

add(58, d(2025, 7, 5, 2, 45), TCF, ME, "RE:" + SUBJ_D, L("on_hold", False, CD),
    body="Hello Mei,\n\nThank you for the details. Because the name was entered incorrectly at Pearson VUE, their profile "
    "has to be corrected first; otherwise our record would be overwritten again at the next sync. We have asked Pearson "
    "VUE to update it and put your case on hold until they confirm. Nothing is needed from you in the meantime.\n\n"
    "Yamagishi\nAWS Training and Certification Customer Service" + SIG_FOOT, auth_res=AMZ, irt=[56, 57],
    note="English hold on a Japanese thread, external party, nothing to do")

add(59, d(2025, 7, 6, 3, 30), ("Datadog Support", "support@datadoghq.com"), ME,
    "[Datadog] Request #1843302: Please confirm the issue is resolved", L("unrelated", False),
    body="Hi Mei,\n\nWe believe the log pipeline issue is fixed. Could you confirm it works on your side? If we don't hear "
    "from you in 3 days, this request will be closed automatically.\n\nDatadog Support\n",
    auth_res=auth("datadoghq.com"), note="other vendor: request + closing warning")

add(60, d(2025, 7, 8, 5, 0), TCF, ME, "RE:" + SUBJ_D, L("case_update", False, CD),
    body="藤沢 様\n\nPearson VUE 側のお名前の修正が完了したとの連絡がございましたので、保留を解除いたしました。\n"
    "現在、認定記録の更新作業を進めております。完了いたしましたら改めてご連絡いたします。\n\n"
    "山岸\nAWS トレーニングと認定 カスタマーサービス\n", charset="utf-8", cte="qp", auth_res=AMZ, irt=[57, 58],
    note="Japanese: hold lifted, still working")

add(61, d(2025, 7, 9, 4, 15), TCF, ME, "RE:" + SUBJ_D, L("resolved", False, CD),
    body="藤沢 様\n\n認定記録および認定証の氏名を「Mei Fujisawa」に修正いたしました。認定アカウントから新しい認定証をダウンロードいただけます。\n"
    "その他ご不明な点がございましたら、お気軽に本メールへご返信ください。\n\n山岸\nAWS トレーニングと認定 カスタマーサービス\n\n"
    "2025/07/02 15:00、AWS トレーニングと認定 カスタマーサービス より:\n"
    "> お手数ではございますが、上記2点を本メールへのご返信にてお知らせいただけますでしょうか。\n",
    charset="iso-2022-jp", auth_res=AMZ, irt=[57, 60], note="Japanese completion with 〜がございましたら and quoted old request")

add(62, d(2025, 7, 9, 23, 0), ("AWS カスタマーサービス", "aws-cs-survey@amazon.com"), ME,
    f"ケース {CD} に関するアンケートのお願い", L("survey", False, CD),
    body=f"お客様\n\nケース {CD} の対応についてご意見をお聞かせください。所要時間は1分程度です。\n"
    "https://survey.aws.amazon.com/r/jp/Q72nvA\n\nAmazon Web Services\n", charset="utf-8", cte="b64",
    auth_res=AMZ, note="Japanese survey")

# ---------------------------------------------------------------- case F (third account) and G (duplicate)
SUBJ_F = f"[CASE {CF}] [AWS Training and Certification Form Submission] - account-assistance"
add(63, datetime(2025, 7, 10, 9, 21, 42, tzinfo=UTC), TCF, ME, SUBJ_F, L("acknowledgement", False, CF),
    body=f"We have received your request. Case number: {CF}.\n\nExpect a reply within 24 hours. Please do not open a new "
    "case for the same request.\n\nAWS Training and Certification" + SIG_FOOT, auth_res=AMZ,
    note="terse ack")

add(64, d(2025, 7, 10, 11, 0), ("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Your AWS Certification exam results are available", L("certification", False, None, [NEW]),
    html=f"<html><body><p>Hello Mei Fujisawa ({NEW}),</p><p>Your result for AWS Certified Solutions Architect - "
    "Professional (SAP-C02) is now available in your AWS Certification account.</p><p><a href=\"https://www.aws.training/certification\">"
    "View results</a></p></body></html>", auth_res=auth("certmetrics.com"), note="exam result")

add(65, d(2025, 7, 11, 3, 3), TCF, ME, "RE: " + SUBJ_F, L("confirmation_request", True, CF, [THIRD, NEW]),
    body=f"Hi Mei,\n\nFound it. {THIRD} was created through Partner Central single sign-on and has no exams on it. "
    f"Do you want it folded into {NEW} (login {ME_P})? A yes or no is enough.\n\n-- Sam\nAWS T&C Customer Service" + SIG_FOOT,
    auth_res=AMZ, irt=[63], note="short plain-text confirmation, 'RE: ' with space, yes/no question")

add(66, d(2025, 7, 11, 3, 10), ("AWS", "no-reply@login.awsapps.com"), ME,
    "AWS Builder ID sign-in verification code", L("unrelated", False),
    body="Your verification code is: 730418\n\nIf you didn't try to sign in, change your password.\n",
    auth_res=auth("login.awsapps.com"), note="one-time code")

add(67, d(2025, 7, 11, 12, 20, JST), ME, ("Amazon Web Services", TC), "Re: RE: " + SUBJ_F, L("user_reply", False, CF),
    body="Yes, please go ahead.\n\nThanks,\nMei\n\n"
    f"On Fri, Jul 11, 2025 at 12:03 PM Amazon Web Services <{TC}> wrote:\n> Found it. {THIRD} was created through Partner "
    f"Central single sign-on and has no exams on it.\n> Do you want it folded into {NEW} (login {ME_P})? A yes or no is enough.\n",
    irt=[63, 65], note="owner top-posted 'yes'")

add(68, d(2025, 7, 12, 1, 55), TCF, ME, "RE: " + SUBJ_F, L("info_request", True, CF),
    body="Hi Mei,\n\nThanks. Before I run it: the SSO account still shows an open exam registration from 2023 that was "
    "never used. We need to know whether you still have that exam booking, since merging cancels it. Which is it?\n\n"
    "-- Sam\nAWS T&C Customer Service\n\n-----Original Message-----\n> Yes, please go ahead.\n" + SIG_FOOT,
    auth_res=AMZ, irt=[63, 65, 67], note="info request after the go-ahead; quoted 'please go ahead'")

add(69, d(2025, 7, 12, 19, 40, JST), ME, ("Amazon Web Services", TC), "Re: RE: " + SUBJ_F, L("user_reply", False, CF),
    body="Hi Sam, that booking is stale - I never took it and don't need it. Fine to cancel.\nMei\n",
    irt=[65, 67, 68], note="owner reply without quoting")

add(70, d(2025, 7, 13, 0, 30), TCF, ME, "RE: " + SUBJ_F, L("resolved", False, CF, [NEW]),
    body=f"Done - the SSO account is merged into {NEW} and the old registration is cancelled. No further action is "
    "required on your side.\n\n-- Sam\nAWS T&C Customer Service" + SIG_FOOT, auth_res=AMZ, irt=[67, 68, 69],
    note="very short resolution")

add(71, d(2025, 7, 13, 0, 41), ("Acclaim", "admin@youracclaim.com"), ME,
    "Your badges have been moved to a new account", L("badge", False),
    body="Hello Mei,\n\nAmazon Web Services Training and Certification has updated the account your badges are attached "
    f"to. They now appear under {ME_P}. No action is required.\n\nCredly (formerly Acclaim)\n",
    auth_res=auth("youracclaim.com"), note="older Acclaim sender")

add(72, d(2025, 7, 14, 2, 0), ("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Congratulations on recertifying your AWS Certification!", L("certification", False),
    body="Congratulations, Mei!\n\nBy passing AWS Certified Solutions Architect - Professional you have also renewed "
    "AWS Certified Solutions Architect - Associate. Your new expiration date is July 8, 2028.\n\nAWS Certification\n",
    auth_res=auth("certmetrics.com"), note="recertification")

add(73, d(2025, 7, 15, 8, 18), ("Pearson VUE", "noreply@pearsonvue-testing.com"), ME,
    "URGENT: your exam score is on hold - payment required", L("suspicious", False),
    html="<html><body><p>Dear candidate,</p><p>Your AWS exam score report (registration 482719305) is on hold because of "
    "an unpaid proctoring fee. Reply with your card details or pay online to release it.</p>"
    "<p><a href=\"http://pearsonvue-testing.com/pay\">Pay now</a></p></body></html>",
    auth_res=auth("pearsonvue-testing.com"), note="exam vendor lookalike, 'on hold', demands reply")

add(74, d(2025, 7, 15, 19, 0, JST), ("小野寺 颯", "h.onodera@northpeak.jp"), ME,
    "入社手続きのご案内", L("unrelated", False),
    body="藤沢さん\n\nノースピーク株式会社の小野寺です。\n入社手続きについてご案内します。AWS認定の証明書(PDF)も、"
    "可能であれば初日までに共有いただけますか。当社はAPNパートナーのため、パートナーセントラルへの登録もお願いする予定です。\n\n小野寺\n",
    charset="iso-2022-jp", auth_res=auth("northpeak.jp"), note="new employer asks for certificate and APN registration")

add(75, d(2025, 7, 16, 4, 0), ("AWS Customer Service", "aws-cs-survey@amazon.com"), ME,
    f"Quick question about case {CF}", L("survey", False, CF),
    html=f"<html><body><p>Was your issue resolved? (case {CF})</p><p><a href=\"#yes\">Yes</a> | <a href=\"#no\">No</a></p>"
    "<p>One click is all it takes.</p></body></html>", auth_res=AMZ, note="survey phrased as a question")

SUBJ_G = f"[CASE {CG}] [AWS Training and Certification Form Submission] - account-assistance"
add(76, datetime(2025, 7, 16, 6, 58, 7, tzinfo=UTC), TCF, ME, SUBJ_G, L("acknowledgement", False, CG, [THIRD]),
    html=f"<html><body><p>Hello,</p><p>Thank you for contacting AWS Training and Certification. We have opened case {CG}.</p>"
    "<p>The details of your case are as follows:</p><table border=1><tr><td>Inquiry type</td><td>Certification</td></tr>"
    f"<tr><td>Detail</td><td>Account Merge</td></tr><tr><td>Candidate ID</td><td>{THIRD}</td></tr></table>"
    "<p>We usually respond within 24 hours.</p></body></html>", auth_res=AMZ,
    note="HTML-only ack for an accidental second form (duplicate of F)")

add(77, d(2025, 7, 16, 10, 30), TCF, ME, "RE:" + SUBJ_G, L("case_update", False, CG),
    body=f"Hello Mei,\n\nThis looks like the same request as case {CF}, which has already been completed, so I am "
    "closing this one as a duplicate. There is nothing left to do on either case.\n\nRegards,\nSam\n"
    "AWS T&C Customer Service" + SIG_FOOT, auth_res=AMZ, irt=[76], note="duplicate closed, points to a finished case")

add(78, d(2025, 7, 17, 0, 10), ("AWS Japan", "aws-marketing-email-replies@amazon.com"), ME,
    "【AWS】認定資格保有者限定イベントのご案内", L("unrelated", False),
    body="AWS 認定資格をお持ちの皆様へ\n\n認定資格保有者限定のオンラインイベントを開催します。ご参加をお待ちしております。\n"
    "https://aws.amazon.com/jp/certification/events/\n\n配信停止をご希望の方はこちら\n",
    charset="utf-8", cte="b64", auth_res=AMZ, note="Japanese AWS marketing")

add(79, d(2025, 7, 18, 18, 0, JST), ("Harborlight IT Desk", "it-desk@harborlight-sol.co.jp"), ME,
    f"FW: RE:[CASE {CA}] [AWS Training and Certification Form Submission] - account-assistance", L("unrelated", False, CA),
    body="藤沢さん\n\n退職後に旧アドレス宛てに届いていたメールを転送します。ご確認のみで結構です。\n情シス 高見\n\n"
    "-----Original Message-----\nFrom: Amazon Web Services <" + TC + ">\nSent: Saturday, June 14, 2025\n"
    f"To: {ME_C}\nSubject: RE:[CASE {CA}] ...\n\nHello,\nAs part of the merge we notified the address on file for "
    "the account being closed. Could you confirm you received this notice?\n", charset="iso-2022-jp",
    auth_res=auth("harborlight-sol.co.jp"), note="colleague forwards an old support mail (with a question) after the case finished")

add(80, d(2025, 7, 19, 3, 0), ("AWS Certification", "do-not-reply@certmetrics.com"), ME,
    "Your AWS Certified Solutions Architect - Professional digital certificate is ready", L("certification", False),
    body="Hello Mei,\n\nYour certificate is ready to download from the Certifications page of your AWS Certification "
    "account. Your Credly badge will follow in a separate email.\n\nAWS Certification\n",
    auth_res=auth("certmetrics.com"), note="certificate ready, mentions Credly")

add(81, d(2025, 7, 19, 3, 12), ("Credly", "admin@credly.com"), ME,
    "You've earned the AWS Certified Solutions Architect - Professional badge", L("badge", False),
    body="Congratulations, Mei!\n\nAmazon Web Services Training and Certification has issued you a new badge.\n"
    "Accept it here: https://www.credly.com/earner/earned/badge/c4e1a8d2-6f0b-4a9e-b3c7-99a0e2d514ff\n\nCredly\n",
    charset="utf-8", cte="qp", auth_res=auth("credly.com"), note="badge issue")


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    for a, b in zip(DATES, DATES[1:]):
        assert a <= b, (a, b)
    cnt = collections.Counter()
    for i, (raw, label, note) in enumerate(MSGS, 1):
        with open(os.path.join(OUT, f"{i:03d}-msg.eml"), "wb") as fh:
            fh.write(raw)
        with open(os.path.join(OUT, f"{i:03d}-msg.json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        cnt[label["kind"]] += 1
    for k, v in sorted(cnt.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {len(MSGS)}  needs_reply={sum(l['needs_reply'] for _, l, _ in MSGS)}")


if __name__ == "__main__":
    main()
