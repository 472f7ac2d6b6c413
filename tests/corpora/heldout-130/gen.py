#!/usr/bin/env python3
"""Writes the blind corpus (NNN-msg.eml + NNN-msg.json) and README.md next to this script."""
import base64, hashlib, json, os, collections
from datetime import datetime, timedelta, timezone
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruka.tanabe.dev@gmail.com"
ME_C = "h.tanabe@kairos-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"
A, B, C, D, F = "174160215300811", "174160259700562", "17423318905", "174254360100938", "9183740265"
G, E = "17423320117", "174260112200455"
SUBJ = "[AWS Training and Certification Form Submission] - account-assistance"

MSGS = []
IDS = {}
REFS = {}


def dt(s):
    d, t, z = s.split()
    sign = 1 if z[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    return datetime.strptime(d + " " + t, "%Y-%m-%d %H:%M:%S" if t.count(":") == 2 else "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def part(body, sub="plain", cs="utf-8", enc="qp"):
    if cs == "shift_jis":
        p = MIMEBase("text", sub, charset="Shift_JIS")
        p.set_payload(base64.encodebytes(body.encode("shift_jis")).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
        return p
    c = Charset(cs)
    if cs == "utf-8":
        c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    return MIMEText(body, sub, c)


def auth(frm_dom, to, ok=True, dkim_dom=None, ip="54.240.27.18"):
    rcv = "mx.google.com" if to.endswith("gmail.com") else "mx1.kairos-sys.co.jp"
    d = dkim_dom or frm_dom
    if ok:
        return (f"{rcv};\n       dkim=pass header.i=@{d} header.s=sel2024 header.b=Xq9v1Lk2;\n"
                f"       spf=pass (domain of bounce@{frm_dom} designates {ip} as permitted sender) smtp.mailfrom={frm_dom};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={frm_dom}")
    return (f"{rcv};\n       dkim=fail (body hash did not verify) header.i=@{d} header.s=sel2024 header.b=Qm0aZ7+e;\n"
            f"       spf=fail (domain of {frm_dom} does not designate {ip} as permitted sender) smtp.mailfrom={frm_dom};\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={frm_dom}")


def M(kind, nr, case, cids, frm, to, subj, date, text=None, html=None, cs="utf-8", enc="qp", key=None,
      parent=None, note="", crlf=False, mid_dom=None, authres=True, auth_ok=True, ip="54.240.27.18",
      extra=None, attach=None, cc=None):
    hcs = "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8"
    if text is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(part(text, "plain", cs, enc))
        m.attach(part(html, "html", cs, enc))
    elif html is not None:
        m = part(html, "html", cs, enc)
    else:
        m = part(text, "plain", cs, enc)
    if attach:
        outer = MIMEMultipart("mixed")
        outer.attach(m)
        fn, ctype, data = attach
        a = MIMEBase(*ctype.split("/"))
        a.set_payload(base64.encodebytes(data.encode("utf-8")).decode("ascii"))
        a["Content-Transfer-Encoding"] = "base64"
        a.add_header("Content-Disposition", "attachment", filename=fn)
        outer.attach(a)
        m = outer
    name, addr = frm
    n = len(MSGS) + 1
    dom = mid_dom or addr.split("@")[1]
    h = hashlib.sha1(f"{n}{subj}{date}".encode()).hexdigest()
    mid = f"<{h[:16]}.{h[16:28]}@{dom}>"
    hdrs = []
    if authres and not addr.endswith("@gmail.com") and not (addr.endswith("@kairos-sys.co.jp") and to[0] == ME_C) or not auth_ok:
        if to[0] in (ME_P, ME_C):
            hdrs.append(("Authentication-Results", auth(addr.split("@")[1], to[0], auth_ok, ip=ip)))
    hdrs += [("Message-ID", mid), ("Date", format_datetime(dt(date)))]
    hdrs.append(("From", formataddr((name, addr), charset=hcs) if name else addr))
    hdrs.append(("To", ", ".join(to)))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", Header(subj, hcs) if any(ord(ch) > 127 for ch in subj) else subj))
    if parent:
        pm = IDS[parent]
        hdrs.append(("In-Reply-To", pm))
        hdrs.append(("References", " ".join(REFS.get(parent, []) + [pm])))
        REFS[key or f"_{n}"] = REFS.get(parent, []) + [pm]
    for k, v in (extra or []):
        hdrs.append((k, v))
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    body_hdrs = [(k, v) for k, v in m.items()]
    for k in list(m.keys()):
        del m[k]
    for k, v in hdrs + body_hdrs:
        m[k] = v
    if key:
        IDS[key] = mid
    MSGS.append(dict(n=n, kind=kind, nr=nr, case=case, cids=cids, msg=m, crlf=crlf, note=note, subj=subj))


SIG_TC = "\nBest regards,\n\n{0}\nAWS Training and Certification Customer Support\n"
CONSOLE_FOOT = ("\n\nTo see the full case history or to reply, please use the link below:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId={0}&language=en\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. "
                "To respond, use the link above.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
                "Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed "
                "by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n")

# ---------------------------------------------------------------- messages
M("unrelated", False, None, [], ("GitHub", "notifications@github.com"), [ME_C],
  "Re: [kairos-sys/infra-modules] Merge account baseline module into main (PR #412)", "2025-03-03 09:14 +0900",
  text="Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/kairos-sys/infra-modules/pull/412#event-1638291\n"
       "You are receiving this because you were mentioned.\n",
  mid_dom="github.com", note="GitHub 'Merged' notification: word 'merge' plus 'account', nothing to do with AWS certification.")

M("certification", False, None, ["AWS04718263"], ("AWS Certification", "do-not-reply@certmetrics.com"), [ME_C],
  "Your AWS Certified Solutions Architect - Associate certification expires in 90 days", "2025-03-03 18:02 +0000",
  text="Hello Haruka Tanabe,\n\nCandidate ID: AWS04718263\n\nYour AWS Certified Solutions Architect - Associate certification "
       "will expire on June 01, 2025. To keep it active, pass the current version of the exam or a higher-level exam before that date.\n\n"
       "Recertifying also renews the 50% exam discount benefit on your account.\n\nSign in to your AWS Certification Account to see your options.\n\n"
       "Thank you,\nAWS Certification\n\nThis is an automated message; replies to this address are not monitored.\n",
  note="Program mail (expiry) with candidate ID in the body; 'pass the exam' is an action but not a reply to support.")

M("unrelated", False, None, [], ("AWS Builder ID", "no-reply@signin.aws"), [ME_P],
  "Verify your AWS Builder ID email address", "2025-03-04 11:40 +0000",
  html="<html><body><p>Hello,</p><p>To finish creating your AWS Builder ID, enter this verification code:</p>"
       "<p style='font-size:24px;font-weight:bold'>583920</p><p>The code expires in 30 minutes. If you did not request it, you can ignore this email.</p>"
       "<p>Amazon Web Services</p></body></html>",
  note="Builder ID one-time code (6 digits), HTML-only; 'enter this code' is not a reply to support.")

M("acknowledgement", False, F, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {F}] [AWS Training and Certification Form Submission] - certification-record", "2025-03-04 14:03 +0000",
  key="F1",
  text=f"Hello,\n\nThank you for contacting Amazon Web Services. We have opened case {F} to look into your request.\n\n"
       "The details of your case are as follows:\n\nCase ID: " + F + "\nSubject: Name on certificate is incorrect\nSeverity: General question\n"
       "Correspondence: The family name and given name on my certificates are swapped (shows 'Tanabe Haruka'). Please correct it to 'Haruka Tanabe'.\n\n"
       "We usually respond within 24 hours. If you have already opened a case for this issue, please do not open another one, "
       "as duplicates can delay our answer.\n\nSincerely,\nAWS Training and Certification\n",
  note="Form acknowledgement, 10-digit case number, name-correction topic.")

M("unrelated", False, None, [], ("佐々木 健", "k.sasaki@kairos-sys.co.jp"), [ME_C],
  "引き継ぎ資料のご確認のお願い", "2025-03-05 09:31 +0900", cs="iso-2022-jp",
  text="田辺さん\n\nお疲れさまです。佐々木です。\n\n退職前の引き継ぎ資料を共有フォルダに置きました。\n"
       "AWS アカウント(本番・検証)の権限移譲の部分、内容に誤りがないかご確認いただけますでしょうか。\n"
       "14日までにコメントいただけると助かります。\n\nよろしくお願いいたします。\n佐々木\n",
  note="Colleague, ISO-2022-JP, polite keigo request about AWS accounts; not support, so no needs_reply.")

M("info_request", True, F, ["AWS04718263"], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {F}] [AWS Training and Certification Form Submission] - certification-record", "2025-03-05 02:17 +0000",
  key="F2", parent="F1",
  text="Hello Haruka,\n\nThank you for reaching out about the name shown on your certificates.\n\n"
       "I located a certification account under candidate ID AWS04718263; however, the address you wrote from is not one of the "
       "addresses registered on that account. To protect your records we can only change personal details when the request comes "
       "from the email address on file.\n\nWe'll need you to send your reply from h.tanabe@kairos-sys.co.jp, keeping the case number "
       "in the subject line, and confirm the exact spelling you want printed.\n" + SIG_TC.format("Marco V."),
  note="Asks to write again from another (company) address: info_request, not confirmation; 'We'll need you to' phrasing.")

M("user_reply", False, F, [], ("Haruka Tanabe", ME_P), [ME_C],
  f"Fwd: RE:[CASE {F}] [AWS Training and Certification Form Submission] - certification-record", "2025-03-05 12:05 +0900",
  key="F3",
  text="会社アドレスから返信すること。\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <" + TC + ">\n"
       "Date: Wed, Mar 5, 2025 at 11:17 AM\nSubject: RE:[CASE " + F + "] [AWS Training and Certification Form Submission] - certification-record\n"
       "To: <" + ME_P + ">\n\nHello Haruka,\n\nThank you for reaching out about the name shown on your certificates.\n\n"
       "I located a certification account under candidate ID AWS04718263; however, the address you wrote from is not one of the "
       "addresses registered on that account. ...\n\nWe'll need you to send your reply from h.tanabe@kairos-sys.co.jp, keeping the case number "
       "in the subject line, and confirm the exact spelling you want printed.\n",
  note="Owner forwards support's request to self (Gmail forward). The request text is inside the forward; candidate ID only in forwarded part.")

M("user_reply", False, F, ["AWS04718263"], ("田辺 遥", ME_C), [TC],
  f"RE:[CASE {F}] [AWS Training and Certification Form Submission] - certification-record", "2025-03-05 12:22 +0900",
  parent="F2", key="F4", enc="b64",
  text="Hello Marco,\n\nI am writing from my registered address as requested. Candidate ID: AWS04718263.\n"
       "Please print my name as: Haruka Tanabe (given name first).\n\nThank you,\nHaruka Tanabe\n\n"
       "-----Original Message-----\nFrom: AWS Training and Certification <" + TC + ">\nSent: Wednesday, March 5, 2025 11:17 AM\n"
       "To: " + ME_P + "\nSubject: RE:[CASE " + F + "] [AWS Training and Certification Form Submission] - certification-record\n\n"
       "Hello Haruka,\n\nThank you for reaching out about the name shown on your certificates.\n...\n",
  note="Owner's reply from the company address, Outlook quoting, base64 body.")

M("unrelated", False, None, [], ("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), [ME_C],
  "【AWS Summit Japan 2025】事前登録受付中です", "2025-03-06 10:00 +0900", enc="b64",
  html="<html><body><table width='600'><tr><td><h2>AWS Summit Japan 2025</h2><p>田辺 遥 様</p>"
       "<p>今年も AWS Summit Japan を開催します。200 を超えるセッションをご用意しております。ぜひご登録ください。</p>"
       "<p><a href='https://aws.amazon.com/jp/events/summits/japan/'>今すぐ登録する</a></p>"
       "<p style='font-size:10px'>配信停止をご希望の場合はこちらから手続きください。</p></td></tr></table></body></html>",
  note="AWS marketing, Japanese HTML-only base64; 'ご登録ください' is marketing.")

M("resolved", False, F, [], ("AWS Training and Certification", TC), [ME_C],
  f"RE:[CASE {F}] [AWS Training and Certification Form Submission] - certification-record", "2025-03-06 01:48 +0000",
  key="F5", parent="F4",
  text="Hi Haruka,\n\nThanks for confirming from your registered address. I've corrected the name on your certification record to "
       "\"Haruka Tanabe\". New certificates with the corrected name can be downloaded from your AWS Certification Account straight away; "
       "no further action is required on your part.\n\nBest,\nMarco V.\nAWS Training and Certification Customer Support\n\n"
       "-----Original Message-----\nFrom: 田辺 遥 <" + ME_C + ">\nSent: 3/5/2025 3:22 AM\nSubject: RE:[CASE " + F + "]\n\n"
       "Hello Marco,\nI am writing from my registered address as requested. Candidate ID: AWS04718263.\n",
  note="Record fixed: resolved; quoted owner text contains candidate ID (quoted, so not listed).")

M("survey", False, F, [], ("AWS Training and Certification", "aws-tc-survey@amazon.com"), [ME_C],
  f"Tell us about your recent support experience (Case {F})", "2025-03-07 03:12 +0000",
  html="<html><body><p>Hello,</p><p>Your recent case with AWS Training and Certification Customer Support (Case ID: " + F + ") was closed. "
       "Would you take two minutes to tell us how we did?</p><p><a href='https://survey.aws-training.example/c/" + F + "'>Start the survey</a></p>"
       "<p>Your answers help us improve.</p></body></html>",
  note="Survey about the name-correction case; a question but not a reply to support.")

M("unrelated", False, None, [], ("Pearson VUE", "pearsonvuereply@pearson.com"), [ME_P],
  "Pearson VUE Confirmation of Booking", "2025-03-07 16:45 +0000",
  text="Dear Haruka Tanabe,\n\nThank you for scheduling your exam with Pearson VUE.\n\nRegistration ID: 482915730\n"
       "Exam: AWS Certified Solutions Architect - Professional (SAP-C02)\nDate: 2025-05-17 10:00 JST\nLocation: OnVUE online\n\n"
       "Please review the system requirements and run the system test before exam day.\n\nPearson VUE\n",
  note="Exam vendor booking (9-digit registration ID, 'please review'); unrelated.")

M("unrelated", False, None, [], ("connpass", "no-reply@connpass.com"), [ME_P],
  "JAWS-UG 東京 #58 に参加登録しました", "2025-03-08 20:11 +0900",
  text="田辺 遥 さん\n\nJAWS-UG 東京 #58「認定資格と私」への参加登録が完了しました。\n日時: 2025/03/28(金) 19:00〜\n\n"
       "キャンセルする場合はイベントページから手続きしてください。\n\nconnpass\n",
  note="Community event mail mentioning certification.")

M("user_reply", False, None, ["AWS04718263"], ("田辺 遥", ME_C), [ME_P],
  "認定アカウント情報メモ(移行前)", "2025-03-10 18:40 +0900",
  text="自分用メモ\n\n候補ID: AWS04718263\n保有資格: SAA (2022/06), DVA (2023/11)\n特典: 50%割引 1件 (期限 2025/11)\n"
       "会社メールは3/14で停止。個人アドレスのアカウントへ統合を依頼する。\n",
  attach=("exam-history.csv", "text/csv", "exam,date,result\nSAA-C02,2022-06-12,PASS\nDVA-C02,2023-11-03,PASS\n"),
  note="Owner's note to self, multipart/mixed with CSV attachment, candidate ID in own text.")

M("unrelated", False, None, [], ("AWS", "no-reply@login.awsapps.com"), [ME_P],
  "AWS Builder ID verification code", "2025-03-10 09:55 +0000",
  text="Your verification code is: 271604\n\nThis code expires in 10 minutes. Do not share it with anyone.\n",
  note="Sign-in code; short; unrelated.")

M("acknowledgement", False, A, ["AWS04718263"], ("AWS Training and Certification", TC), [ME_P],
  f"[CASE {A}] {SUBJ}", "2025-03-10 10:22:41 +0000", key="A1", crlf=True,
  text="Hello,\n\nThank you for contacting Amazon Web Services. We have opened case " + A + " to address your request.\n\n"
       "The details of your case are as follows:\n\nCase ID: " + A + "\nInquiry type: Certification\nAdditional details: Account Merge\n"
       "Description:\nUse case: I am leaving Kairos Systems on March 14 and would like to merge my accounts.\n"
       "All email addresses used: h.tanabe@kairos-sys.co.jp, haruka.tanabe.dev@gmail.com\n"
       "Address to keep: haruka.tanabe.dev@gmail.com\nCandidate ID (old account): AWS04718263\n\n"
       "A member of our team will usually get back to you within 24 hours; some requests need more time. "
       "Please avoid opening a new case for the same question while this one is open.\n\nSincerely,\nAWS Training and Certification\n",
  note="Main case ack (15-digit), CRLF; echoes the form including a candidate ID (labelled: it is in the message's own text).")

M("acknowledgement", False, B, ["AWS04718263"], ("AWS Training and Certification", TC), [ME_P],
  f"[CASE {B}] {SUBJ}", "2025-03-10 10:29:57 +0000", key="B1",
  text="Hello,\n\nThank you for contacting Amazon Web Services. We have opened case " + B + " to address your request.\n\n"
       "Case ID: " + B + "\nInquiry type: Certification\nAdditional details: Account Merge\n"
       "Description:\nUse case: leaving my employer, merge accounts. Keep haruka.tanabe.dev@gmail.com. Old candidate ID AWS04718263.\n\n"
       "You can expect a response within 24 hours. If a case on this topic already exists, please do not submit another request.\n\n"
       "Sincerely,\nAWS Training and Certification\n",
  html="<html><body><p>Hello,</p><p>Thank you for contacting Amazon Web Services. We have opened case <b>" + B + "</b> to address your request.</p>"
       "<table border='1' cellpadding='4'><tr><td>Case ID</td><td>" + B + "</td></tr><tr><td>Inquiry type</td><td>Certification</td></tr>"
       "<tr><td>Additional details</td><td>Account Merge</td></tr><tr><td>Description</td><td>Use case: leaving my employer, merge accounts. "
       "Keep haruka.tanabe.dev@gmail.com. Old candidate ID AWS04718263.</td></tr></table>"
       "<p>You can expect a response within 24 hours. If a case on this topic already exists, please do not submit another request.</p>"
       "<p>Sincerely,<br>AWS Training and Certification</p></body></html>",
  note="Duplicate form submission 7 minutes later: second ack, multipart/alternative. Should raise a duplicate warning.")

M("unrelated", False, None, [], ("Amazon Web Services", CON), [ME_P],
  "Amazon Web Services Billing Statement Available [AWS ID 482913057716]", "2025-03-10 14:03 +0000",
  text="Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the account ending in 7716, "
       "is available on the AWS web site. Your account will be charged the following:\n\nTotal: $3.41\n\n"
       "You can see a complete break down of all charges on the Billing & Cost Management page.\n\nSincerely,\nAmazon Web Services\n\n"
       "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n",
  note="Billing from the same no-reply sender as console cases; 12-digit account ID that must not be read as a case.")

M("case_update", False, B, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {B}] {SUBJ}", "2025-03-11 00:51 +0000", parent="B1", key="B2",
  text="Hello Haruka,\n\nIt looks like this request was submitted twice. Your merge request is already being handled under case " + A + ", "
       "so I have closed this duplicate (" + B + ") and linked the two. You will hear from us on the original case; nothing is needed on this one.\n"
       + SIG_TC.format("Aiko N."),
  note="Duplicate closed and linked: case_update for B although it names case A too.")

M("on_hold", True, A, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-03-11 02:36 +0000", parent="A1", key="A2", enc="8bit",
  text="Hello Haruka,\n\nThank you for your patience.\n\nWhile reviewing your request I found that the account registered to "
       "h.tanabe@kairos-sys.co.jp is associated with an AWS Partner Network (APN) organization, Kairos Systems K.K. Certifications held in a "
       "partner-linked account count toward that organization's partner tier, so we are not able to move them while the association is active. "
       "I have contacted the partner's alliance lead and placed your case on hold until they respond.\n\n"
       "One thing would help us on our side: what is your final working day at Kairos Systems? Once we have that date we can tell the partner "
       "team when the association should end.\n" + SIG_TC.format("Priya S."),
  note="Hold caused by the APN partner, but a question is buried at the end (no 'please'): on_hold with needs_reply=true.")

M("unrelated", False, None, [], ("総務部", "soumu@kairos-sys.co.jp"), [ME_C],
  "送別会のご案内(3/13)", "2025-03-11 11:45 +0900", cs="shift_jis",
  text="各位\n\n3月14日付で退職される田辺さんの送別会を下記のとおり開催します。\n\n日時:3月13日(木)19:00〜\n場所:新橋 和食処みやび\n\n"
       "出欠を11日中に総務までご返信ください。\n\n総務部 山本\n",
  note="Company mail in Shift_JIS base64 asking for RSVP; not support.")

M("user_reply", False, A, [], ("Haruka Tanabe", ME_P), [TC],
  f"Re: RE:[CASE {A}] {SUBJ}", "2025-03-11 12:48 +0900", parent="A2", key="A3",
  text="Hi Priya,\n\nMy last working day is Friday, March 14, 2025. The company mailbox (h.tanabe@kairos-sys.co.jp) will be closed after that, "
       "so please use this address for everything.\n\nThanks,\nHaruka\n\n"
       "On Tue, Mar 11, 2025 at 11:36 AM AWS Training and Certification <" + TC + "> wrote:\n"
       "> Hello Haruka,\n>\n> Thank you for your patience.\n>\n> While reviewing your request I found that the account registered to\n"
       "> h.tanabe@kairos-sys.co.jp is associated with an AWS Partner Network (APN) organization, Kairos Systems K.K.\n> ...\n"
       "> One thing would help us on our side: what is your final working day at Kairos Systems?\n",
  note="Owner answers the buried question; Gmail quoting with '>' lines containing the question.")

M("suspicious", False, None, [], ("AWS Certification Support", "support@amazon-certsupport.com"), [ME_P],
  "[CASE 1741600012] Action required: verify your identity to complete the account merge", "2025-03-12 06:10 +0000",
  ip="185.212.44.9",
  html="<html><body><p>Dear Candidate,</p><p>Your AWS Certification account merge request is pending identity verification. "
       "Accounts that are not verified within <b>24 hours</b> will be permanently deactivated and all certifications revoked.</p>"
       "<p><a href='https://amazon-certsupport.com/verify?u=haruka.tanabe.dev'>Verify my AWS Builder ID</a></p>"
       "<p>Please reply to this message with your candidate ID and Builder ID password if the link does not work.</p>"
       "<p>AWS Training &amp; Certification</p></body></html>",
  note="Lookalike domain with a fake case tag, demands reply with password: suspicious, needs_reply false, case null.")

M("on_hold", False, A, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-03-12 07:02 +0000", parent="A3", key="A4",
  html="<html><body><div>Hi Haruka,</div><div><br></div><div>Thanks for letting us know about March 14.</div><div><br></div>"
       "<div>I've passed the date on to the AWS Partner team. Your case stays on hold until the partner administrator at Kairos Systems "
       "removes your profile from their organization; we can't speed that step up from here. Nothing further is needed from you at the moment, "
       "and I'll write again as soon as the association has been released.</div><div><br></div><div>Kind regards,<br>Priya S.<br>"
       "AWS Training and Certification Customer Support</div></body></html>",
  note="Pure partner hold, HTML-only; explicitly nothing needed.")

M("unrelated", False, None, [], ("Backlog サポート", "support@backlog.com"), [ME_C],
  "[Backlog] お問い合わせ #88213 をクローズしました", "2025-03-12 16:30 +0900",
  text="田辺様\n\nお問い合わせ #88213「課題の一括移動について」は解決済みとしてクローズいたしました。\n"
       "再度ご質問がある場合は、このメールにご返信いただければケースを再開いたします。\n\nBacklog サポートチーム\n",
  note="Other vendor's case closed with reopen-by-reply wording, Japanese.")

M("unrelated", False, None, [], ("AWS Skill Builder", "no-reply@aws.training"), [ME_P],
  "Your AWS Skill Builder Individual subscription receipt", "2025-03-13 01:15 +0000",
  text="Thank you for subscribing to AWS Skill Builder Individual.\n\nOrder number: SB-2025-0313-77120\nAmount: USD 29.00\n"
       "Billing period: Mar 13, 2025 - Apr 12, 2025\n\nManage your subscription from your AWS Skill Builder account.\n",
  note="Training platform receipt; unrelated.")

M("case_update", False, A, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-03-13 04:27 +0000", parent="A4", key="A5",
  text="Hello Haruka,\n\nGood news: the Kairos Systems partner administrator has released your profile, so the hold on your case has been lifted. "
       "I am now preparing the merge and will contact you shortly with the account details.\n" + SIG_TC.format("Priya S."),
  note="Hold lifted, announces a coming request but asks nothing yet.")

CONF_HTML = ("<html><body style='font-family:Arial'><p>Hello Haruka,</p><p>Before merging, please review the two certification accounts we found:</p>"
             "<table border='1' cellspacing='0' cellpadding='5'><tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
             "<tr><td>Candidate ID</td><td>AWS09127745</td><td>AWS04718263</td></tr>"
             "<tr><td>Login email</td><td>haruka.tanabe.dev@gmail.com</td><td>h.tanabe@kairos-sys.co.jp</td></tr>"
             "<tr><td>Training notification email</td><td>haruka.tanabe.dev@gmail.com</td><td>h.tanabe@kairos-sys.co.jp</td></tr>"
             "<tr><td>Certification notification email</td><td>haruka.tanabe.dev@gmail.com</td><td>h.tanabe@kairos-sys.co.jp</td></tr></table>"
             "<p>Could you confirm that both accounts are yours and that Account #1 is the one to keep? After the merge, Account #2 can no longer be used to sign in.</p>"
             "<p>Best regards,<br>Daniel K.<br>AWS Training and Certification Customer Support</p></body></html>")
M("confirmation_request", True, A, ["AWS09127745", "AWS04718263"], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-03-14 08:19 +0000", parent="A5", key="A6", html=CONF_HTML, enc="qp",
  note="Account #1/#2 table, HTML-only quoted-printable, new agent; question form 'Could you confirm'.")

M("unrelated", False, None, [], ("情報システム部", "it-admin@kairos-sys.co.jp"), [ME_C],
  "メールアカウント停止のお知らせ", "2025-03-14 17:30 +0900", cs="iso-2022-jp",
  text="田辺 遥 様\n\n本日 23:59 をもって、h.tanabe@kairos-sys.co.jp のメールボックスおよび社内システムのアカウントを停止します。\n"
       "必要なデータは本日中に退避してください。\n\n情報システム部\n",
  note="Company IT: mailbox closes today (explains the case moving to the personal address).")

M("unrelated", False, None, [], ("Zenn", "noreply@zenn.dev"), [ME_P],
  "今週の Zenn トレンド: AWS 認定を全部取った話 ほか", "2025-03-15 08:00 +0900", enc="b64",
  html="<html><body><h3>今週のトレンド</h3><ul><li>AWS 認定を全部取った話</li><li>Builder ID と認定アカウントの関係を整理する</li>"
       "<li>GitHub Actions で Terraform plan を自動化</li></ul></body></html>",
  note="Newsletter about AWS certification topics; unrelated.")

M("suspicious", False, None, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-03-17 01:05 +0000", auth_ok=False, ip="91.204.66.17",
  text="Hello Haruka,\n\nWe are unable to complete the merge because your Builder ID session has expired. Sign in through the secure link below "
       "within 12 hours, otherwise the certifications on Account #2 will be lost:\n\nhttps://aws-training-verify.net/merge/confirm?case=" + A + "\n\n"
       "Regards,\nAWS Training and Certification Customer Support\n",
  mid_dom="mail-relay.aws-training-verify.net",
  note="Real From address and real case number, but DKIM/SPF/DMARC fail and link to foreign domain: suspicious, case null.")

M("closing_notice", True, A, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-03-17 06:44 +0000", parent="A6", key="A7",
  text="Hi Haruka,\n\nWe're still waiting to hear back about the accounts listed in our last message. If we don't receive your answer within "
       "3 business days, this case will be closed automatically. Replying to this email will keep it open.\n\nThanks,\nDaniel K.\n"
       "AWS Training and Certification Customer Support\n",
  note="Closing warning: reply keeps the case open.")

M("user_reply", False, A, ["AWS09127745"], ("Haruka Tanabe", ME_P), [TC],
  f"Re: RE:[CASE {A}] {SUBJ}", "2025-03-17 19:02 +0900", parent="A7", key="A8",
  text="Hi Daniel,\n\nConfirmed - both accounts are mine. Please merge Account #2 into Account #1 (AWS09127745).\n\nThank you!\nHaruka\n\n"
       "On Mon, Mar 17, 2025 at 3:44 PM AWS Training and Certification <" + TC + "> wrote:\n"
       "> Hi Haruka,\n>\n> We're still waiting to hear back about the accounts listed in our last message.\n>\n"
       "> On Fri, Mar 14, 2025 at 5:19 PM Daniel K. wrote:\n>> Candidate ID: AWS09127745 / AWS04718263\n"
       ">> Could you confirm that both accounts are yours and that Account #1 is the one to keep?\n",
  note="Owner's confirmation; new text has one candidate ID, quoted history has two more (not listed).")

M("resolved", False, A, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-03-17 11:31 +0000", parent="A8", key="A9",
  text="Hello Haruka,\n\nI have successfully merged all accounts. Your exam history, certifications and benefits now sit under "
       "haruka.tanabe.dev@gmail.com. Digital badges will be reissued through Credly within a day, and the AWS Partner profile may take a "
       "few days to reflect the change.\n\nShould anything else come up, just reply to this email.\n\nBest regards,\nDaniel K.\n"
       "AWS Training and Certification Customer Support\n\n"
       "-----Original Message-----\nFrom: AWS Training and Certification\nSent: Friday, March 14, 2025 8:19 AM\n"
       "Subject: RE:[CASE " + A + "] " + SUBJ + "\n\nBefore merging, please review the two certification accounts we found:\n"
       "Account #1  Candidate ID AWS09127745  Login email haruka.tanabe.dev@gmail.com\n"
       "Account #2  Candidate ID AWS04718263  Login email h.tanabe@kairos-sys.co.jp\n"
       "Could you confirm that both accounts are yours and that Account #1 is the one to keep?\n",
  note="Completion top-posted over the quoted confirmation request (the question is in history); conditional invitation only.")

M("badge", False, None, [], ("Credly", "admin@credly.com"), [ME_P],
  "Amazon Web Services Training and Certification issued you a new badge", "2025-03-17 13:02 +0000",
  html="<html><body><p>Hi Haruka,</p><p>Amazon Web Services Training and Certification has issued you the badge "
       "<b>AWS Certified Developer - Associate</b>.</p><p><a href='https://www.credly.com/badges/5f1c2a9e-7d43-4b8e-9a61-0c2f7e3b1d55/accept'>Accept your badge</a></p>"
       "<p>Credly, Inc.</p></body></html>",
  note="Credly badge after the merge; 'Accept your badge' is an action but badge kind.")

M("survey", False, A, [], ("AWS Training and Certification", "aws-tc-survey@amazon.com"), [ME_P],
  f"How did we do? Case {A}", "2025-03-18 03:40 +0000",
  text="Hello,\n\nWe recently closed your case " + A + ". Please rate your experience from 1 (poor) to 5 (excellent):\n"
       "https://survey.aws-training.example/r/" + A + "\n\nThank you for helping us improve.\n",
  html="<html><body><p>Hello,</p><p>We recently closed your case <b>" + A + "</b>. How satisfied were you with our support?</p>"
       "<p><a href='https://survey.aws-training.example/r/" + A + "?s=1'>1</a> <a href='#'>2</a> <a href='#'>3</a> <a href='#'>4</a> "
       "<a href='#'>5</a></p></body></html>",
  note="Satisfaction survey for the main case.")

M("certification", False, None, [], ("AWS Certification", "do-not-reply@certmetrics.com"), [ME_P],
  "AWS Certification wants to hear from you", "2025-03-18 16:00 +0000",
  text="Hello,\n\nAs an AWS Certified individual, you are invited to help shape future exams. Share your thoughts in a short survey "
       "about how you prepare for AWS Certification exams.\n\nTake the survey: https://certmetrics.example/aws/feedback\n\nAWS Certification\n",
  note="Program feedback request (not about a support case): certification, not survey.")

M("user_reply", False, A, [], ("Haruka Tanabe", ME_P), ["yuki.mori.tech@gmail.com"],
  f"Fwd: RE:[CASE {A}] {SUBJ}", "2025-03-19 21:15 +0900",
  text="森さん\n\n前に話していた認定アカウントの統合、無事終わりました。参考までに転送します。APN の会社だと一度保留になるので早めの申請がおすすめです。\n\n"
       "---------- Forwarded message ---------\nFrom: AWS Training and Certification <" + TC + ">\nDate: Mon, Mar 17, 2025 at 8:31 PM\n"
       "Subject: RE:[CASE " + A + "] " + SUBJ + "\n\nHello Haruka,\n\nI have successfully merged all accounts.\n...\n",
  note="Owner forwards the completion to a friend: user_reply though it contains 'successfully merged'.")

M("unrelated", False, None, [], ("GitHub", "noreply@github.com"), [ME_P],
  "[GitHub] A third-party OAuth application has been added to your account", "2025-03-19 13:02 +0000",
  text="Hey haruka-tanabe!\n\nA third-party OAuth application (Credly Badge Sync) with read:user scope was recently authorized to access your account.\n"
       "If you did not do this, please review your authorized applications.\n\nThanks,\nThe GitHub Team\n",
  note="GitHub security notice naming Credly; unrelated.")

M("acknowledgement", False, C, [], ("Amazon Web Services", CON), [ME_P],
  f"Amazon Web Services: New Support case: {C}", "2025-03-20 02:11 +0000", key="C1",
  text="Hello,\n\nWe have received your request and opened case " + C + ". A support engineer will respond as soon as possible.\n\n"
       "Case ID: " + C + "\nSubject: 50% exam discount benefit missing after account merge\nSeverity: General guidance\n"
       "Account: [AWS ID 482913057716]\nCorrespondence: After my certification accounts were merged (case " + A + ") the 50% discount voucher "
       "that was on my old account no longer appears.\n" + CONSOLE_FOOT.format(C),
  note="Console case ack, 11 digits; mentions the 12-digit account ID and the old case number in the echoed text.")

M("unrelated", False, None, [], ("Amazon Web Services", CON), [ME_P],
  f"Amazon Web Services: New Support case: {G}", "2025-03-20 02:30 +0000",
  text="Hello,\n\nWe have received your request and opened case " + G + ".\n\nCase ID: " + G + "\nSubject: Unexpected NAT Gateway charges\n"
       "Severity: General guidance\nAccount: [AWS ID 482913057716]\n" + CONSOLE_FOOT.format(G),
  note="A console billing case from the same sender, same template: an AWS case but not Training and Certification.")

M("info_request", True, C, [], ("Amazon Web Services", CON), [ME_P],
  f"RE:[CASE {C}] 50% exam discount benefit missing after account merge", "2025-03-21 05:50 +0000", key="C2", parent="C1",
  text="Hello Haruka,\n\nThank you for contacting AWS Support. I've checked the merged certification account and I can see the benefits "
       "that were migrated, but a discount voucher from before the merge does not show up in our records.\n\n"
       "To trace it, could you provide the expiry date of the voucher as it appeared on your old account, and if you still have it, a screenshot "
       "of the Benefits page? Kindly add these as a correspondence on the case in the Support Center; replies sent by email do not reach us.\n\n"
       "Best regards,\nTomasz W.\nAmazon Web Services" + CONSOLE_FOOT.format(C),
  html="<html><body><p>Hello Haruka,</p><p>Thank you for contacting AWS Support. I've checked the merged certification account and I can see the "
       "benefits that were migrated, but a discount voucher from before the merge does not show up in our records.</p>"
       "<p>To trace it, could you provide the expiry date of the voucher as it appeared on your old account, and if you still have it, a screenshot "
       "of the Benefits page? Kindly add these as a correspondence on the case in the Support Center; replies sent by email do not reach us.</p>"
       "<p>Best regards,<br>Tomasz W.<br>Amazon Web Services</p><p><a href='https://console.aws.amazon.com/support/home#/case/?displayId=" + C +
       "&amp;language=en'>View case</a></p><p style='font-size:10px'>*Please note: this e-mail was sent from an address that cannot accept "
       "incoming e-mails. To respond, use the link above.</p></body></html>",
  note="Console case request: must be answered in the Support Center, not by email; 'could you provide' + 'Kindly'.")

M("unrelated", False, C, [], ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), [ME_P],
  "Delivery Status Notification (Failure)", "2025-03-21 15:20 +0900", authres=False,
  text="** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, "
       "or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 Recipient address rejected: This mailbox does not accept incoming mail\n\n"
       "----- Original message -----\n\nFrom: Haruka Tanabe <" + ME_P + ">\nTo: no-reply-aws@amazon.com\n"
       "Subject: Re: RE:[CASE " + C + "] 50% exam discount benefit missing after account merge\n\n"
       "The voucher expired on 2025-11-30. Screenshot attached.\n",
  note="Bounce of the owner's email reply to the console no-reply address: not from support; case set because it is about that case; the earlier request is still open.")

M("acknowledgement", False, D, [], ("AWS トレーニングと認定", TC), [ME_P],
  f"[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-03-21 07:53:40 +0000", key="D1",
  cs="iso-2022-jp",
  text="お客様\n\nアマゾン ウェブ サービスにお問い合わせいただきありがとうございます。ケース " + D + " を作成いたしました。\n\n"
       "お問い合わせ内容:\nCredly に最新の認定バッジが表示されません。同じメールアドレスで認定アカウントが2つあるようです。\n\n"
       "担当者より通常24時間以内にご連絡いたしますが、内容によってはお時間をいただく場合がございます。\n"
       "同じ内容で新しいケースを作成されますと対応が遅れる原因となりますので、お控えください。\n\nAWS トレーニングと認定\n",
  note="Japanese acknowledgement in ISO-2022-JP (Credly / two accounts with one address); 'お控えください' is not a request for reply.")

M("unrelated", False, None, [], ("Amazon Web Services", CON), [ME_P],
  f"RE:[CASE {G}] Unexpected NAT Gateway charges", "2025-03-22 09:14 +0000",
  text="Hello,\n\nThe charges come from a NAT Gateway in ap-northeast-1 that has been running since February. Deleting it will stop further charges. "
       "I've marked this case as resolved; if you have further questions, you can reopen it from the Support Center within 14 days.\n\n"
       "Best regards,\nRavi P.\nAmazon Web Services" + CONSOLE_FOOT.format(G),
  note="Billing console case resolved: same sender/template as the T&C console case, but unrelated.")

M("closing_notice", True, C, [], ("Amazon Web Services", CON), [ME_P],
  f"RE:[CASE {C}] 50% exam discount benefit missing after account merge", "2025-03-24 05:55 +0000", parent="C2", key="C3",
  text="Hello,\n\nWe haven't heard from you on this case for a few days. We will be resolving this case within 3 business days if we do not "
       "receive a response. To keep it open, add a reply through the Support Center.\n\nAmazon Web Services" + CONSOLE_FOOT.format(C),
  note="Console auto-resolve warning; answer only via console.")

M("info_request", True, D, [], ("AWS トレーニングと認定", TC), [ME_P],
  f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-03-24 06:20 +0000", key="D2", parent="D1",
  cs="shift_jis",
  text="田辺 遥 様\n\nいつも AWS トレーニングと認定をご利用いただき、ありがとうございます。担当の中村でございます。\n\n"
       "ご登録のメールアドレスで検索いたしましたところ、認定アカウントが2件見つかりました。どちらのアカウントが正しいものか判断するため、"
       "それぞれの AWS 候補 ID(AWS から始まる8桁の番号)と、Credly へのサインインにお使いのメールアドレスをお知らせいただけますでしょうか。\n\n"
       "お手数をおかけいたしますが、ご返信のほどよろしくお願いいたします。\n\nAWS トレーニングと認定 カスタマーサポート\n中村\n",
  note="Japanese keigo request (Shift_JIS, base64) for candidate IDs; mentions the ID format without an actual ID.")

M("user_reply", False, D, ["AWS09127745", "AWS05590418"], ("田辺 遥", ME_P), [TC],
  f"Re: RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-03-24 21:40 +0900",
  parent="D2", key="D3", enc="8bit",
  text="中村様\n\nご連絡ありがとうございます。\n\n・AWS09127745(こちらを残したいです。先日統合していただいたアカウントです)\n"
       "・AWS05590418(Builder ID を作り直した際に誤って作成されたものと思われます)\n\nCredly のサインインは haruka.tanabe.dev@gmail.com です。\n\n"
       "よろしくお願いいたします。\n田辺\n\n2025年3月24日(月) 15:20 AWS トレーニングと認定 <" + TC + ">:\n"
       "> 田辺 遥 様\n>\n> ご登録のメールアドレスで検索いたしましたところ、認定アカウントが2件見つかりました。\n",
  note="Owner's Japanese reply with two candidate IDs (8bit UTF-8), Gmail Japanese quote header.")

M("resolved", False, C, [], ("Amazon Web Services", CON), [ME_P],
  f"RE:[CASE {C}] 50% exam discount benefit missing after account merge", "2025-03-25 03:05 +0000", parent="C3",
  text="Hello Haruka,\n\nThanks for the screenshot. The 50% discount benefit has been restored to your certification account and is valid "
       "until 2025-11-30. You'll find it under Benefits; no further action is needed.\n\nI'll mark this case as resolved.\n\n"
       "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link at the end of this "
       "correspondence.\n\nBest regards,\nTomasz W.\nAmazon Web Services" + CONSOLE_FOOT.format(C),
  note="Voucher restored; console footer and rating invitation (not a survey mail, not a request).")

M("unrelated", False, None, [], ("AWS Educate", "aws-cs-educate-form@amazon.com"), [ME_P],
  f"[CASE {E}] [AWS Educate Form Submission] - account-access", "2025-03-25 06:12 +0000",
  text="Hello,\n\nThank you for contacting Amazon Web Services. We have opened case " + E + " regarding your AWS Educate account.\n\n"
       "We usually respond within 24 hours. Please do not open duplicate cases.\n\nSincerely,\nAWS Educate Support\n",
  note="Another program's form case (Educate): same template as T&C ack, unrelated, case null.")

M("confirmation_request", True, D, ["AWS05590418", "AWS09127745"], ("AWS トレーニングと認定", TC), [ME_P],
  f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-03-26 02:02 +0000", parent="D3", key="D4",
  enc="b64",
  text="田辺 遥 様\n\n候補 ID のご連絡ありがとうございました。\n\n以下の内容で統合を進めたいと存じます。\n\n"
       "統合元: AWS05590418(ログイン: haruka.tanabe.dev@gmail.com)\n統合先: AWS09127745(ログイン: haruka.tanabe.dev@gmail.com)\n\n"
       "いずれのアカウントもご本人様のものであること、また上記の方向で統合してよろしいかを、本メールへのご返信にてご確認ください。\n"
       "統合後、AWS05590418 ではサインインできなくなります。\n\n中村\nAWS トレーニングと認定 カスタマーサポート\n",
  note="Japanese confirmation request (plain ください form), base64 UTF-8, two candidate IDs in order.")

M("unrelated", False, None, [], ("AWS Educate", "aws-cs-educate-form@amazon.com"), [ME_P],
  f"RE:[CASE {E}] [AWS Educate Form Submission] - account-access", "2025-03-26 08:40 +0000",
  text="Hello Haruka,\n\nCould you let us know the name of the institution you were enrolled at when you created your AWS Educate account? "
       "We need it to locate the account.\n\nThanks,\nJune L.\nAWS Educate Support\n",
  note="Another AWS program asks a question: no needs_reply (not a Training and Certification case).")

M("closing_notice", True, D, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-03-27 23:10 +0000", parent="D4", key="D5",
  html="<html><body><p>Hello Haruka,</p><p>We have not yet received your confirmation regarding the account merge described in our previous "
       "message. As we haven't heard back, this case has been set to close in 48 hours.</p><p>A reply to this email before then keeps the "
       "case open; if it closes in the meantime, your reply will reopen it.</p><p>Regards,<br>AWS Training and Certification</p></body></html>",
  note="English closing notice on the Japanese case, HTML-only.")

M("user_reply", False, D, ["AWS05590418", "AWS09127745"], ("田辺 遥", ME_P), [TC],
  f"Re: RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-03-28 09:12 +0900", parent="D5", key="D6",
  text="中村様\n\n返信が遅くなり申し訳ありません。両方とも私のアカウントです。AWS05590418 を AWS09127745 に統合してください。\n\n田辺\n\n"
       "On Fri, Mar 28, 2025 at 8:10 AM AWS Training and Certification <" + TC + "> wrote:\n"
       "> We have not yet received your confirmation regarding the account merge described in our previous message.\n",
  note="Owner's confirmation in Japanese.")

M("unrelated", False, None, [], ("Amazon.co.jp", "auto-confirm@amazon.co.jp"), [ME_P],
  "Amazon.co.jp ご注文の確認「AWS認定ソリューションアーキテクト プロフェッショナル 教科書」", "2025-03-28 12:30 +0900",
  text="田辺 遥 様\n\nAmazon.co.jp をご利用いただき、ありがとうございます。ご注文を承りました。\n\n注文番号: 250-8812937-4410261\n"
       "お届け予定: 3月30日(日)\n\nAmazon.co.jp\n",
  note="Amazon retail order for a certification book: 'Amazon' sender, unrelated.")

M("case_update", False, D, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-03-28 05:33 +0000", parent="D6", key="D7",
  text="Hello Haruka,\n\nThank you for confirming. I have forwarded the merge to our certification operations team, who handle accounts "
       "sharing the same email address. This usually takes up to five business days. No action is needed from your side in the meantime.\n\n"
       "Kind regards,\nAWS Training and Certification Customer Support\n",
  note="Passed to another team, no ask.")

M("suspicious", False, None, [], ("Credly", "admin@credly-badges.net"), [ME_P],
  "Action needed: your AWS badge will be revoked in 24 hours", "2025-03-29 14:22 +0000", ip="45.133.1.201",
  html="<html><body><p>Hi Haruka,</p><p>Because your AWS Certification accounts were recently merged, your badge <b>AWS Certified Solutions "
       "Architect - Associate</b> must be re-claimed. Sign in with your Amazon credentials within 24 hours to keep it.</p>"
       "<p><a href='https://credly-badges.net/claim?id=aws-saa'>Re-claim badge</a></p><p>The Credly Team</p></body></html>",
  note="Credly lookalike domain, credential phishing timed after a merge.")

M("unrelated", False, None, [], ("GitHub", "noreply@github.com"), [ME_P],
  "[haruka-tanabe/dotfiles] Dependabot alert: 1 moderate severity vulnerability", "2025-04-01 02:00 +0000",
  text="Dependabot found a moderate severity vulnerability in your repository haruka-tanabe/dotfiles.\n\nReview the alert and merge the suggested pull request.\n",
  note="GitHub Dependabot: 'merge the suggested pull request'.")

M("case_update", False, D, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE: [CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-04-02 04:48 +0000", parent="D7", key="D8",
  text="Hello Haruka,\n\nI wanted to give you an update: our operations team is experiencing a high volume of requests and your merge is still "
       "in their queue. I have escalated it and expect to have news for you by Friday, April 4. We apologize for the wait.\n\n"
       "Sincerely,\nKevin O.\nAWS Training and Certification Customer Support\n",
  html="<html><body><p>Hello Haruka,</p><p>I wanted to give you an update: our operations team is experiencing a high volume of requests and "
       "your merge is still in their queue. I have escalated it and expect to have news for you by <b>Friday, April 4</b>. We apologize for the "
       "wait.</p><p>Sincerely,<br>Kevin O.<br>AWS Training and Certification Customer Support</p></body></html>",
  note="Still-working update, multipart; subject uses 'RE: [CASE' spacing.")

M("resolved", False, D, [], ("AWS トレーニングと認定", TC), [ME_P],
  f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-04-03 06:15 +0000", parent="D8", key="D9",
  cs="iso-2022-jp",
  text="田辺 遥 様\n\nお待たせいたしました。AWS05590418 の内容を AWS09127745 へ統合する作業が完了いたしました。"
       "Credly のバッジは24時間以内に再発行される見込みです。\n\nその他ご不明な点がございましたら、本メールにご返信ください。\n\n中村\n"
       "AWS トレーニングと認定 カスタマーサポート\n\n"
       "2025年3月26日(水) 11:02 AWS トレーニングと認定 <" + TC + ">より:\n"
       "> いずれのアカウントもご本人様のものであること、また上記の方向で統合してよろしいかを、本メールへのご返信にてご確認ください。\n",
  note="Japanese completion in ISO-2022-JP; quotes the old confirmation request (「…より:」) and closes with a conditional ~がございましたら. New text names two IDs.")
MSGS[-1]["cids"] = ["AWS05590418", "AWS09127745"]

M("badge", False, None, [], ("Credly", "admin@credly.com"), [ME_P],
  "Your badges from Amazon Web Services Training and Certification have been updated", "2025-04-03 18:40 +0000",
  text="Hi Haruka,\n\nThe following badges issued by Amazon Web Services Training and Certification have been added to your Credly profile:\n\n"
       "- AWS Certified Developer - Associate\n- AWS Certified Cloud Practitioner\n\nView your profile: https://www.credly.com/users/haruka-tanabe\n\nCredly\n",
  note="Credly update after the second merge.")

M("survey", False, D, [], ("AWS Training and Certification", "aws-tc-survey@amazon.com"), [ME_P],
  f"We'd love your feedback on case {D}", "2025-04-04 03:00 +0000",
  text="Hello,\n\nYour case " + D + " was recently resolved. Would you answer three quick questions about the support you received?\n\n"
       "https://survey.aws-training.example/r/" + D + "\n\nAWS Training and Certification\n",
  note="Survey for case D.")

M("user_reply", False, D, [], ("田辺 遥", ME_P), [TC],
  f"Re: RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-04-07 10:30 +0900", parent="D9", key="D10",
  text="中村様\n\n統合ありがとうございました。ただ、Credly に Solutions Architect - Associate のバッジだけがまだ表示されません。"
       "Developer と Cloud Practitioner は表示されています。ご確認いただけますでしょうか。\n\n田辺\n\n"
       "2025年4月3日(木) 15:15 AWS トレーニングと認定 <" + TC + ">:\n> お待たせいたしました。AWS05590418 の内容を AWS09127745 へ統合する作業が完了いたしました。\n",
  note="Owner asks support to check (a request from the owner, so no needs_reply); triggers reopening.")

M("case_update", False, D, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-04-07 08:02 +0000", parent="D10", key="D11",
  text="Hi Haruka,\n\nThanks for letting us know. I've reopened your case and asked the badge team to resync your Solutions Architect - Associate "
       "credential with Credly. I'll follow up once I hear back.\n\nBest,\nKevin O.\n",
  note="Reopened case, still working.")

M("info_request", True, D, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-04-08 02:25 +0000", parent="D11", key="D12",
  text="Hi Haruka,\n\nThe badge team pushed a fresh resync for your Solutions Architect - Associate credential last night. In some cases Credly keeps "
       "showing the old state until the profile session is refreshed.\n\nSign out of Credly completely, sign back in with "
       "haruka.tanabe.dev@gmail.com and tell us whether the badge is listed under Pending or Accepted. That tells us whether a manual re-issue "
       "is needed.\n\nBest,\nKevin O.\nAWS Training and Certification Customer Support\n",
  note="Request for a check reported back, imperative after an explanation, no 'please'.")

M("user_reply", False, D, [], ("Haruka Tanabe", ME_P), [TC],
  f"Re: RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-04-08 20:10 +0900", parent="D12", key="D13",
  text="Hi Kevin,\n\nI signed out and back in. The SAA badge is not listed at all - neither Pending nor Accepted.\n\nHaruka\n\n"
       "> Sign out of Credly completely, sign back in with haruka.tanabe.dev@gmail.com and tell us whether the badge is listed under\n"
       "> Pending or Accepted.\n",
  note="Owner's answer, inline-ish quote.")

M("resolved", False, D, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {D}] [AWS Training and Certification Form Submission] - account-assistance", "2025-04-09 01:40 +0000", parent="D13",
  text="Hi Haruka,\n\nThanks for checking. We re-issued the AWS Certified Solutions Architect - Associate badge manually; Credly will email you "
       "an acceptance link shortly. With that, your request is complete and I'm closing the case.\n\nIf you have anything to add, simply reply to "
       "this email.\n\nBest,\nKevin O.\nAWS Training and Certification Customer Support\n",
  note="Resolution after reopening; 'If you have anything to add' is conditional.")

M("badge", False, None, [], ("Credly", "admin@credly.com"), [ME_P],
  "Haruka, claim your AWS Certified Solutions Architect - Associate badge", "2025-04-09 02:15 +0000", enc="b64",
  html="<html><body><p>Amazon Web Services Training and Certification has issued you a badge.</p><p><b>AWS Certified Solutions Architect - "
       "Associate</b></p><p><a href='https://www.credly.com/badges/9b7e1d20-44c1-4f0a-8e7b-3a5c6d2f9e10/accept'>Accept badge</a></p>"
       "<p>Credly</p></body></html>",
  note="Real Credly badge mail (base64 HTML), similar to the earlier phishing.")

M("certification", False, None, ["AWS09127745"], ("AWS Certification", "do-not-reply@certmetrics.com"), [ME_P],
  "Congratulations on recertifying your AWS Certification!", "2025-04-10 07:31 +0000",
  html="<html><body><p>Dear Haruka Tanabe,</p><p>Congratulations! You have recertified <b>AWS Certified Solutions Architect - Associate</b>.</p>"
       "<table><tr><td>Candidate ID</td><td>AWS09127745</td></tr><tr><td>Validation number</td><td>7QK2M4X1PJ1E1ZS5</td></tr>"
       "<tr><td>Expiration</td><td>April 10, 2028</td></tr></table><p>Your digital badge will be issued through Credly.</p>"
       "<p>AWS Certification</p></body></html>",
  note="Recertification notice with candidate ID in a table.")

M("unrelated", False, None, [], ("AWS Training and Certification", "aws-training-marketing@amazon.com"), [ME_P],
  "New on AWS Skill Builder: exam prep plans for 2025", "2025-04-11 15:00 +0000",
  html="<html><body><h2>Get ready for your next AWS Certification</h2><p>Explore new exam prep plans on AWS Skill Builder.</p>"
       "<p><a href='https://skillbuilder.aws/'>Start learning</a></p><p style='font-size:10px'>Unsubscribe</p></body></html>",
  note="Training marketing under the 'AWS Training and Certification' display name.")

M("suspicious", False, None, [], ("Pearson VUE", "noreply@pearsonvue-exams.com"), [ME_P],
  "Your AWS exam appointment has been cancelled", "2025-04-12 04:18 +0000", ip="103.77.192.5",
  text="Dear Candidate,\n\nYour AWS Certified Solutions Architect - Professional appointment (Registration ID 482915730) was cancelled because "
       "of a payment problem. Update your card details within 48 hours to keep your slot:\n\nhttps://pearsonvue-exams.com/aws/payment\n\nPearson VUE\n",
  note="Exam-vendor lookalike; reuses a realistic registration number.")

M("certification", False, None, [], ("AWS Certification", "do-not-reply@certmetrics.com"), [ME_P],
  "Your AWS Certification benefits are ready", "2025-04-14 09:00 +0000",
  text="Hello Haruka,\n\nThank you for recertifying. A new 50% discount voucher for your next AWS Certification exam is now available under "
       "Benefits in your AWS Certification Account.\n\nAWS Certification\n",
  note="Benefit notice about a voucher (the subject of case C) but not case mail.")

M("unrelated", False, None, [], ("佐々木 健", "k.sasaki@kairos-sys.co.jp"), [ME_P],
  "自動応答: Re: お世話になりました", "2025-04-15 09:02 +0900", cs="iso-2022-jp",
  text="お問い合わせありがとうございます。4月15日〜4月18日は出張のため不在です。\n急ぎの場合は infra-team@kairos-sys.co.jp までご連絡ください。\n",
  note="Out-of-office from an ex-colleague, ISO-2022-JP.")

M("acknowledgement", False, A, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-04-15 03:10 +0000", parent="A9", key="A10",
  text="Hello,\n\nCase " + A + " has been reopened at the request of the AWS Partner team. A member of our team will get back to you, usually within 24 hours.\n\n"
       "Sincerely,\nAWS Training and Certification\n",
  note="Automatic notice that the resolved main case was reopened (by the partner team); asks nothing.")

M("case_update", False, A, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-04-16 01:22 +0000", parent="A10", key="A11",
  text="Hello Haruka,\n\nThe AWS Partner Central profile for Kairos Systems still lists your certifications; I've asked the partner team to "
       "refresh it and will update you when it is done. You don't need to do anything for now.\n\nBest regards,\nPriya S.\n"
       "AWS Training and Certification Customer Support\n",
  note="Reopened main case: passed to the partner team, no ask.")

M("info_request", True, A, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-04-17 05:48 +0000", parent="A11", key="A12",
  text="Hello Haruka,\n\nThe partner team has refreshed the Kairos Systems profile. Since the badge and certificate data now come from your "
       "personal account only, I'd like to be sure nothing else was left behind.\n\nWhen you sign in to AWS Certification with your personal "
       "Builder ID, do you see both the SAA and DVA exams under Exam history?\n\nBest regards,\nPriya S.\n"
       "AWS Training and Certification Customer Support\n",
  note="A bare question after explanation on the reopened case: info_request.")

M("user_reply", False, A, [], ("Haruka Tanabe", ME_P), [TC],
  f"Re: RE:[CASE {A}] {SUBJ}", "2025-04-17 19:30 +0900", parent="A12", key="A13",
  text="Hi Priya,\n\nYes, both exams are listed. Thanks a lot.\n\nHaruka\n",
  note="Short owner answer with no quote.")

M("resolved", False, A, [], ("AWS Training and Certification", TC), [ME_P],
  f"RE:[CASE {A}] {SUBJ}", "2025-04-18 00:55 +0000", parent="A13",
  text="Hello Haruka,\n\nGreat, thanks for checking. Everything is in place, so I'm closing this case now. No further action is required.\n\n"
       "Best regards,\nPriya S.\nAWS Training and Certification Customer Support\n",
  note="Final resolution of the reopened main case.")


# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith(("-msg.eml", "-msg.json")):
            os.remove(os.path.join(OUT, f))
    counts = collections.Counter()
    rows = []
    for e in MSGS:
        base = os.path.join(OUT, f"{e['n']:03d}-msg")
        m = e["msg"]
        data = m.as_bytes(policy=m.policy.clone(linesep="\r\n" if e["crlf"] else "\n"))
        with open(base + ".eml", "wb") as fh:
            fh.write(data)
        lab = {"kind": e["kind"], "needs_reply": e["nr"], "case": e["case"], "candidate_ids": e["cids"]}
        with open(base + ".json", "w") as fh:
            json.dump(lab, fh, ensure_ascii=False)
            fh.write("\n")
        counts[e["kind"]] += 1
        rows.append(f"| {e['n']:03d} | {e['kind']} | {'yes' if e['nr'] else 'no'} | {e['case'] or '-'} | {e['note']} |")
    with open(os.path.join(OUT, "README.md"), "w") as fh:
        fh.write(README_HEAD + "\n".join(rows) + "\n")
    for k in sorted(counts):
        print(f"{k:22s} {counts[k]}")
    print(f"{'total':22s} {sum(counts.values())}  (needs_reply: {sum(1 for e in MSGS if e['nr'])})")


README_HEAD = f"""me: {ME_P} {ME_C}

# Blind corpus: one person's mailbox around AWS Training and Certification cases

Regenerate with `python3 gen.py` (standard library only; writes next to itself).
Owner: Haruka Tanabe (田辺 遥), leaving Kairos Systems K.K. (an APN partner) on 2025-03-14; the company
mailbox closes that night. Mail spans 2025-03-03 .. 2025-04-18, files are in arrival order.

## Cases
| case | channel | topic | course |
|---|---|---|---|
| {F} (10 digits) | T&C form | name printed wrong on certificates | ack -> asked to write from the company address -> owner forwards, replies from company address -> fixed -> survey |
| {A} (15 digits) | T&C form | merge company account into personal | ack -> APN partner hold with a buried question -> reply -> pure hold -> hold lifted -> Account #1/#2 confirmation -> closing notice -> "Confirmed" -> merged -> survey; reopened in April (ack, update, question, answer, closed) |
| {B} (15 digits) | T&C form | duplicate submission of the same merge | ack -> closed as duplicate and linked to {A} |
| {C} (11 digits) | Support Center console | 50% voucher lost after merge | console ack -> request to answer in the console -> owner's email reply bounces -> auto-resolve warning -> voucher restored |
| {D} (15 digits) | T&C form, partly Japanese | two accounts under one address, Credly badge missing | JP ack -> JP request for candidate IDs -> reply -> JP confirmation -> closing notice -> reply -> passed to ops -> delay update -> JP completion -> owner reports badge still missing -> reopened -> check requested -> answer -> resolved |
| {G} (11 digits) | console | NAT Gateway billing | not T&C: labelled unrelated, case null |
| {E} (15 digits) | AWS Educate form | Educate account | not T&C: labelled unrelated, case null |

## Labelling decisions
- `case` is set only for Training and Certification cases (form or console). Other AWS programs' cases,
  billing console cases and other vendors' tickets get `case: null` even though they carry numbers.
- Phishing gets `case: null`, also the mail that spoofs the real From address and the real case {A}
  subject but fails DKIM/SPF/DMARC.
- The bounce of the owner's email reply to the console no-reply address is `unrelated` (a mail system wrote
  it, not support) but keeps `case: {C}` because it is about that case; needs_reply false (the console
  request from earlier is what is pending, and that message already carries needs_reply).
- A hold that also asks a question the owner must answer (final working day) is `on_hold` with
  needs_reply true: the pause is caused by the partner, the question is buried at the end.
- `candidate_ids` include IDs that support echoes from the form in an acknowledgement (plain body text,
  not quoted history), and IDs in certification program mails and the owner's own notes. IDs inside
  `>` quotes, "-----Original Message-----" blocks or forwarded parts are left out.
- Owner mail (replies, forwards to self or a friend, notes) is always `user_reply`, needs_reply false,
  even when the owner asks support something.
- "AWS Certification wants to hear from you" (program feedback, no case) is `certification`, not `survey`.
- A console resolution with the "We value your feedback... rating" footer is `resolved`, not `survey`.
- The Japanese completion quotes the old confirmation request and ends with 〜がございましたら: resolved,
  no reply needed. The new text of it names both candidate IDs.
- Questions from colleagues, other AWS programs (Educate) and other vendors never set needs_reply.

## Messages
| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""

if __name__ == "__main__":
    main()
