#!/usr/bin/env python3
"""Blind corpus generator (blind-173). Standard library only. Writes NNN-msg.eml/.json next to this script."""
import os, json, hashlib
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.utils import formataddr, format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "haruka.tanabe.mail@gmail.com"
ME_C = "h-tanabe@kitakaze-soft.co.jp"
ME_NAME = "Haruka Tanabe"
TC = "aws-cs-trainingcertification-form@amazon.com"
TC_FROM = formataddr(("AWS Training and Certification", TC))
CONSOLE = formataddr(("Amazon Web Services", "no-reply-aws@amazon.com"))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

A = "174487152000417"      # main merge, company -> personal (form)
DUP = "174496930800233"    # duplicate form submission
OLD = "6418803325"         # 2020 case, linked
NAME = "13250077814"       # name spelling on certificate
CON = "13349920417"        # console case
VOU = "174530021700588"    # voucher after merge
M2 = "174560022300071"     # same-email duplicate accounts
SUBJ_A = f"RE:[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_M2 = f"RE: [CASE {M2}] [AWS Training and Certification Form Submission] - account-assistance"
SUBJ_V = f"RE:[CASE {VOU}] [AWS Training and Certification Form Submission] - certification-benefits"
SUBJ_N = f"RE:[CASE {NAME}] [AWS Training and Certification Form Submission] - certification"

MSGS = []
SKIP = {"gh2", "jp_news", "bill2", "news2"}  # trimmed to keep the set near 80
IDS = {}
T0 = datetime(2025, 4, 17, 8, 40, tzinfo=JST)


def mid(key, dom):
    h = hashlib.sha1(key.encode()).hexdigest()
    return f"<{h[:20]}.{h[20:32]}@{dom}>"


def part(body, subtype="plain", cs="utf-8", enc="qp"):
    if cs.lower() == "shift_jis":
        # the email package would convert Shift_JIS to ISO-2022-JP; build the part by hand
        import base64
        from email.mime.nonmultipart import MIMENonMultipart
        p = MIMENonMultipart("text", subtype, charset="shift_jis")
        p["Content-Transfer-Encoding"] = "base64"
        p.set_payload(base64.encodebytes(body.encode("shift_jis")).decode("ascii"))
        return p
    c = Charset(cs)
    if cs.lower() == "utf-8":
        c.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    elif cs.lower() in ("shift_jis",):
        c.body_encoding = BASE64
    return MIMEText(body, subtype, c)


def auth_hdr(fromdom, result="pass", rcpt="gmail"):
    host = "mx.google.com" if rcpt == "gmail" else "mx01.kitakaze-soft.co.jp"
    if result == "pass":
        return (f"{host};\r\n       dkim=pass header.i=@{fromdom} header.s=sel1 header.b=Zk3pQa9w;\r\n"
                f"       spf=pass (domain of bounces+{fromdom} designates 54.240.8.21 as permitted sender) smtp.mailfrom={fromdom};\r\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={fromdom}").replace("\r\n", "\n")
    return (f"{host};\n       dkim=fail header.i=@{fromdom} header.s=sel1 header.b=Qq0xLm2e;\n"
            f"       spf=softfail (domain of transitioning {fromdom} does not designate 185.212.47.9 as permitted sender) smtp.mailfrom={fromdom};\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={fromdom}")


def add(key, kind, reply, case, cids, frm, to, subj, text=None, html=None, *, minutes=90,
        cs="utf-8", enc="qp", irt=None, auth="pass", crlf=False, extra=None, scs=None, cc=None):
    global T0
    if key in SKIP:
        return
    T0 = T0 + timedelta(minutes=minutes)
    frm_addr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    dom = frm_addr.split("@")[-1]
    if text is not None and html is not None:
        m = MIMEMultipart("alternative")
        m.attach(part(text, "plain", cs, enc))
        m.attach(part(html, "html", cs, enc))
    elif html is not None:
        m = part(html, "html", cs, enc)
    else:
        m = part(text, "plain", cs, enc)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    try:
        subj.encode("ascii")
        m["Subject"] = subj
    except UnicodeEncodeError:
        m["Subject"] = Header(subj, scs or ("iso-2022-jp" if cs == "iso-2022-jp" else "shift_jis" if cs == "shift_jis" else "utf-8"))
    m["Date"] = format_datetime(T0)
    m["Message-ID"] = IDS.setdefault(key, mid(key, dom if dom != "gmail.com" else "mail.gmail.com"))
    if irt:
        refs = [IDS[k] for k in irt]
        m["In-Reply-To"] = refs[-1]
        m["References"] = " ".join(refs)
    rcpt = "company" if ME_C in to and ME_P not in to else "gmail"
    if auth and frm_addr not in (ME_P, ME_C):
        m["Authentication-Results"] = auth_hdr(dom, auth, rcpt)
    for k, v in (extra or {}).items():
        m[k] = v
    MSGS.append((m, {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cids}, crlf))


def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l else prefix.rstrip() for l in text.splitlines())


SIG_TC = "\nBest regards,\n\n{n}\nAWS Training and Certification Customer Support\n\n"
FOOT_TC = ("This message was sent in response to a request submitted through the AWS Training and "
           "Certification contact form. To continue this conversation, reply to this email and keep the "
           "case reference in the subject line.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. "
           "Amazon.com is a registered trademark of Amazon.com, Inc.\n")

# ---------------------------------------------------------------- messages
add("gh1", "unrelated", False, None, [],
    formataddr(("Kenji Ogura", "notifications@github.com")), ME_P,
    "Re: [kitakaze-soft/terraform-modules] Split VPC module into submodules (PR #212)",
    "Merged #212 into main.\n\n--\nReply to this email directly, view it on GitHub:\n"
    "https://github.com/kitakaze-soft/terraform-modules/pull/212#event-17400213\n"
    "You are receiving this because you authored the thread.\n", minutes=0, auth="pass",
    extra={"List-ID": "kitakaze-soft/terraform-modules <terraform-modules.kitakaze-soft.github.com>",
           "X-GitHub-Reason": "author"})

add("bill1", "unrelated", False, None, [],
    formataddr(("Amazon Web Services", "aws-billing@amazon.com")), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 3108 4471 9920]",
    "Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the "
    "account ending in 9920, is available on the AWS web site. Your account will be charged the following:\n\n"
    "Total: $4.18\n\nYou can see a complete break-down of all charges on the Billing & Cost Management page.\n\n"
    "Thank you for using Amazon Web Services.\n\nSincerely,\nAmazon Web Services\n\n"
    "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n",
    minutes=35)

add("note1", "user_reply", False, None, ["AWS04412987", "AWS07736150"],
    formataddr((ME_NAME, ME_C)), ME_P,
    "退職前TODO(AWS認定)",
    "自分用メモ\n\n- 会社アカウント AWS04412987 の試験履歴・特典をスクショ済み\n- 個人 Builder ID で新アカウント作成 → AWS07736150\n"
    "- フォームで「アカウントの統合」を申請する(送信先アドレスは個人のほう)\n- 5/22 の SAP 予約が会社アカウントに残ってる、要確認\n"
    "- 最終出社 4/30\n", minutes=50, cs="iso-2022-jp", auth=None)

ACK_A = (f"Hello,\n\nThank you for reaching out to AWS Training and Certification. This is to let you know that "
         f"case {A} has been created for your request, and a member of our team will get back to you. "
         f"Most requests receive a first answer within one business day.\n\n"
         f"Opening another case about the same matter will not speed things up; it moves the new case to the back "
         f"of the queue. If you have more to tell us, reply to this email instead.\n\n"
         f"Here is a copy of what you submitted:\n\n"
         f"  Case ID: {A}\n  Inquiry type: Certification\n  Additional details: Account Merge\n"
         f"  Contact email: {ME_P}\n  Candidate ID: AWS07736150\n\n"
         f"  Description:\n  Use case: I am leaving Kitakaze Software at the end of April and would like to move my "
         f"certifications to my personal account.\n  Email addresses I have used: {ME_C} (candidate ID AWS04412987), "
         f"{ME_P} (candidate ID AWS07736150).\n  Account to keep: the one with {ME_P}.\n  Please confirm once the "
         f"accounts are merged and tell me if you need anything else from me.\n\n"
         f"Kind regards,\nAWS Training and Certification Support\n\n" + FOOT_TC)
add("ackA", "acknowledgement", False, A, ["AWS07736150", "AWS04412987", "AWS07736150"],
    TC_FROM, ME_P, f"[CASE {A}] [AWS Training and Certification Form Submission] - account-assistance",
    ACK_A, minutes=70)

ACK_A_JA = (f"田辺 遥 様\n\nAWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n"
            f"本メールは自動送信です。お問い合わせはケース番号 {A} として受け付けました。\n\n"
            f"担当者より順次ご連絡いたします。回答までのお時間は通常 1 営業日程度ですが、内容によっては"
            f"それ以上お待ちいただく場合がございます。\n\n"
            f"同じ内容で新たにケースを作成されますと、対応がかえって遅れる原因となります。追加の情報は"
            f"このメールへの返信でお知らせください。\n\n"
            f"AWS トレーニングと認定 カスタマーサポート\n")
add("ackAja", "acknowledgement", False, A, [],
    TC_FROM, ME_C, f"[CASE {A}] お問い合わせを受け付けました",
    ACK_A_JA, minutes=1, cs="iso-2022-jp", auth="pass")

add("otp1", "unrelated", False, None, [],
    formataddr(("AWS Builder ID", "no-reply@signin.aws")), ME_P,
    "Verify your AWS Builder ID email address",
    "Hello,\n\nUse the code below to verify your email address for AWS Builder ID.\n\nVerification code: 408513\n\n"
    "This code expires in 10 minutes. If you did not try to sign in, you can ignore this message.\n\nAWS\n",
    minutes=25)

add("news1", "unrelated", False, None, [],
    formataddr(("クラウド週報", "weekly@cloud-shuho.jp")), ME_P,
    "【クラウド週報】第318号 re:Inforce の見どころ/資格更新の注意点",
    "クラウド週報 第318号\n\n■今週のトピック\n・re:Inforce 2025 の見どころ\n・AWS 認定の再認定、期限切れ前にやること\n"
    "・読者アンケートにご協力ください(回答は任意です)\n\n配信停止はこちら: https://cloud-shuho.jp/unsub\n",
    minutes=200, cs="shift_jis", auth="pass")

INFO_SIGNIN = (f"Hi Haruka,\n\nMy name is Priya and I'm looking after case {A}.\n\n"
               f"Before I go further there is one thing I need from you. After the merge, your records will live on the "
               f"account registered to {ME_P}, but at the moment your company profile signs in through the AWS Partner "
               f"single sign-on while your personal profile uses an AWS Builder ID. Only one sign-in method can be "
               f"attached going forward.\n\nWhich address do you want to sign in with from now on - the Builder ID on "
               f"{ME_P}, or another address? If it's a different address, it needs its own Builder ID first.\n\n"
               f"This doesn't change which account is kept; it only affects how you log in afterwards.\n"
               + SIG_TC.format(n="Priya N.") + FOOT_TC)
add("infoA1", "info_request", True, A, [],
    TC_FROM, ME_P, SUBJ_A, INFO_SIGNIN, minutes=900, irt=["ackA"])

REP1 = ("Hi Priya,\n\nPlease use the Builder ID on " + ME_P + " for sign-in. I won't be using the partner SSO after I leave.\n\n"
        "Thanks,\nHaruka\n\nOn Fri, Apr 18, 2025 at 9:12 AM AWS Training and Certification <" + TC + "> wrote:\n" + q(INFO_SIGNIN))
add("repA1", "user_reply", False, A, [],
    formataddr((ME_NAME, ME_P)), TC, SUBJ_A, REP1, minutes=140, irt=["ackA", "infoA1"], auth=None)

HOLD = (f"Hello Haruka,\n\nThank you for the quick reply.\n\nWhile reviewing the two profiles I found that the account "
        f"AWS04412987 ({ME_C}) is associated with an AWS Partner Network organization, Kitakaze Software Co., Ltd. "
        f"Certifications held on a partner-linked profile count toward that partner's standing, so we do not move them "
        f"while the person is still listed with the partner.\n\nFor that reason I have placed this case on hold. "
        f"It will stay on hold until the partner link is released or we are told your employment there has ended. "
        f"The partner administrator can remove you from their organization in Partner Central, which would "
        f"release the hold on its own.\n\nIn the meantime, one thing would help: are you in fact leaving Kitakaze "
        f"Software, and if so, what is your last working day? With that in writing from you I can ask our partner "
        f"team to proceed without waiting for the administrator.\n\nBest,\nPriya N.\nAWS Training and Certification\n")
add("holdA", "on_hold", True, A, ["AWS04412987"],
    TC_FROM, ME_P, SUBJ_A, HOLD, minutes=260, irt=["ackA", "infoA1", "repA1"], enc="8bit")

add("coll1", "unrelated", False, None, [],
    formataddr(("森川 大輔", "d-morikawa@kitakaze-soft.co.jp")), ME_C,
    "送別会の日程について",
    "田辺さん\n\nお疲れさまです。森川です。\n送別会ですが、4/25(金) 19時から、いつもの店で予約しました。\n"
    "都合が悪ければ早めに教えてください。\n\n森川\n", minutes=30, cs="iso-2022-jp", auth=None)

REP2 = ("Hello Priya,\n\nYes, I am leaving Kitakaze Software. My last working day is April 30, 2025, and the "
        f"{ME_C} mailbox will be closed after that date. Please go ahead with the merge into my personal account.\n\n"
        "Regards,\nHaruka Tanabe\n\n-----Original Message-----\nFrom: AWS Training and Certification <" + TC + ">\n"
        "Sent: Friday, April 18, 2025 3:40 PM\nTo: " + ME_P + "\nSubject: " + SUBJ_A + "\n\n" + HOLD)
add("repA2", "user_reply", False, A, [],
    formataddr((ME_NAME, ME_P)), TC, SUBJ_A, REP2, minutes=180, irt=["ackA", "infoA1", "repA1", "holdA"], auth=None)

UPD_A = (f"Hi Haruka,\n\nThanks for letting us know. Our partner team has removed the hold on case {A}, and "
         f"your request is back with the account team for the merge itself. No further action is required from "
         f"you at this point; we'll be in touch as soon as the next step is ready.\n\nBest,\nPriya N.\n")
add("updA1", "case_update", False, A, [],
    TC_FROM, ME_P, SUBJ_A, UPD_A, minutes=1100, irt=["repA2"])

add("cm1", "certification", False, None, [],
    formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_C,
    "AWS Certification wants to hear from you",
    "Hello Haruka,\n\nAs an AWS Certified individual, your opinion shapes the future of our exams. Take a 10-minute "
    "survey about your certification experience:\n\nhttps://survey.certmetrics.com/aws/2025q2\n\n"
    "Participation is optional. Thank you for being part of the AWS Certification community.\n\n"
    "AWS Certification\n", minutes=60)

EXAM_Q = (f"Hello Haruka,\n\nI'm Tomás from the AWS Certification team, and I've picked up case {A} from Priya.\n\n"
          f"Before we merge, there's an exam appointment to sort out. The company profile (AWS04412987) has an "
          f"AWS Certified Solutions Architect - Professional appointment scheduled for May 22, 2025 at a test centre "
          f"in Osaka. Bookings don't always carry over cleanly during a merge, and the company voucher that paid for "
          f"it may be withdrawn by your employer once you leave.\n\nHow would you like us to handle that booking?\n"
          f"  a) keep it as is and move it with your records (the voucher stays attached, if your employer allows it)\n"
          f"  b) cancel it before the merge so you can book again from your personal account\n\n"
          f"Just reply with a or b and I'll take it from there.\n\nCheers,\nTomás R.\nAWS Certification Support\n")
add("infoA2", "info_request", True, A, ["AWS04412987"],
    TC_FROM, ME_P, SUBJ_A, EXAM_Q, minutes=300, irt=["updA1"])

add("pv1", "unrelated", False, None, [],
    formataddr(("Pearson VUE", "pearsonvueconfirmation@pearson.com")), ME_C,
    "Appointment reminder - AWS Certified Solutions Architect - Professional",
    "Dear Haruka Tanabe,\n\nThis is a reminder of your upcoming exam.\n\nExam: SAP-C02 AWS Certified Solutions Architect - Professional\n"
    "Date: Thursday, May 22, 2025 10:00 JST\nLocation: Osaka Test Center, Kita-ku, Osaka\n"
    "Registration ID: 471093355\n\nPlease arrive 30 minutes early with two forms of ID.\n\nPearson VUE\n",
    minutes=40)

REP3 = ("b, please cancel it. I'll book again myself.\n\nHaruka\n\n"
        "2025年4月21日(月) 14:02 AWS Training and Certification <" + TC + ">:\n" + q(EXAM_Q, "> "))
add("repA3", "user_reply", False, A, [],
    formataddr((ME_NAME, ME_P)), TC, SUBJ_A, REP3, minutes=95, irt=["updA1", "infoA2"], auth=None, cs="utf-8", enc="8bit")

CONF_A_TXT = (f"Hello Haruka,\n\nThe appointment has been cancelled and no fee was charged.\n\n"
              f"We are now ready to merge. These are the profiles we found:\n\n"
              f"Account #1\n  Candidate ID: AWS07736150\n  Login email: {ME_P}\n  Training notification email: {ME_P}\n"
              f"  Certification notification email: {ME_P}\n\n"
              f"Account #2\n  Candidate ID: AWS04412987\n  Login email: {ME_C}\n  Training notification email: {ME_C}\n"
              f"  Certification notification email: {ME_C}\n\n"
              f"Please look these over and confirm that both belong to you and that Account #1 should be the one "
              f"that remains. Account #2 will be closed and its history moved across.\n\nCheers,\nTomás R.\n")
CONF_A_HTML = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\"><p>Hello Haruka,</p>"
               "<p>The appointment has been cancelled and no fee was charged.</p><p>We are now ready to merge. These are the profiles we found:</p>"
               "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
               f"<tr><td>Candidate ID</td><td>AWS07736150</td><td>AWS04412987</td></tr>"
               f"<tr><td>Login email</td><td>{ME_P}</td><td>{ME_C}</td></tr>"
               f"<tr><td>Training notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr>"
               f"<tr><td>Certification notification email</td><td>{ME_P}</td><td>{ME_C}</td></tr></table>"
               "<p>Please look these over and confirm that both belong to you and that <b>Account #1</b> should be the one "
               "that remains. Account #2 will be closed and its history moved across.</p><p>Cheers,<br>Tomás R.</p></body></html>")
add("confA", "confirmation_request", True, A, ["AWS07736150", "AWS04412987"],
    TC_FROM, ME_P, SUBJ_A, CONF_A_TXT, CONF_A_HTML, minutes=380, irt=["infoA2", "repA3"])

ACK_DUP = (f"This is an automated reply - please do not respond to this message.\n\n"
           f"We have received your message and logged it under case {DUP}. An agent will review it shortly.\n\n"
           f"Summary of your request\n-----------------------\nSubmitted from: {ME_C}\nTopic: Certification / Account Merge\n"
           f"Your message: Please merge my certification account into my personal one ({ME_P}). I'm leaving the company.\n\n"
           f"AWS Training and Certification\n")
add("ackDup", "acknowledgement", False, DUP, [],
    TC_FROM, ME_C, f"[CASE {DUP}] [AWS Training and Certification Form Submission] - account-assistance",
    ACK_DUP, minutes=45, auth="pass", extra={"Auto-Submitted": "auto-replied"})

UPD_DUP = (f"Hello,\n\nWe noticed that this request is the same as case {A}, which is already being worked on and "
           f"is at the confirmation step. To avoid two agents handling the same merge, we have closed case {DUP} "
           f"and linked it to {A}. Everything continues on {A}.\n\nThere is nothing you need to do about this "
           f"duplicate.\n\nAWS Training and Certification\n")
add("updDup", "case_update", False, DUP, [],
    TC_FROM, ME_C, f"RE:[CASE {DUP}] [AWS Training and Certification Form Submission] - account-assistance",
    UPD_DUP, minutes=130, irt=["ackDup"], auth="pass")

REP4 = ("Confirmed - both accounts are mine. Please merge into Account #1 (" + ME_P + ").\n\nThank you!\nHaruka\n\n"
        "On Mon, Apr 21, 2025 at 9:27 PM AWS Training and Certification <" + TC + "> wrote:\n" + q(CONF_A_TXT))
add("repA4", "user_reply", False, A, [],
    formataddr((ME_NAME, ME_P)), TC, SUBJ_A, REP4, minutes=60, irt=["infoA2", "repA3", "confA"], auth=None)

ACK_REPLY = (f"Your reply has been added to case {A}.\n\nThis is an automatic notification. The agent handling your "
             f"case has been alerted and will continue from here. You don't need to send your message again.\n\n"
             f"AWS Training and Certification\n")
add("ackA2", "acknowledgement", False, A, [],
    TC_FROM, ME_P, SUBJ_A, ACK_REPLY, minutes=1, irt=["repA4"], extra={"Auto-Submitted": "auto-replied"})

add("mkt1", "unrelated", False, None, [],
    formataddr(("AWS Summit Japan", "aws-marketing-email-replies@amazon.com")), ME_P,
    "AWS Summit Japan 2025 参加登録受付中",
    None, "<html><body><h2>AWS Summit Japan 2025</h2><p>6月25日・26日、幕張メッセで開催。</p>"
    "<p>AWS 認定取得者向けラウンジもご用意しています。<a href=\"https://aws.amazon.com/jp/summits/japan/\">今すぐ登録</a></p>"
    "<p style=\"font-size:11px\">配信停止をご希望の場合はこちらから手続きしてください。</p></body></html>",
    minutes=220, enc="b64")

RES_A = (f"Hi Haruka,\n\nGood news: I have merged the two profiles. Everything from AWS04412987 - exam history, "
         f"active certifications and your benefits - now sits under AWS07736150 ({ME_P}). Sign in with your Builder ID "
         f"to check. Digital badges may take up to a day to appear in Credly.\n\nCheers,\nTomás R.\n\n"
         f"-----Original Message-----\nFrom: {ME_NAME} <{ME_P}>\nSent: Tuesday, April 22, 2025 10:31 AM\n"
         f"Subject: {SUBJ_A}\n\n" + REP4)
add("resA", "resolved", False, A, ["AWS04412987", "AWS07736150"],
    TC_FROM, ME_P, SUBJ_A, RES_A, minutes=150, irt=["confA", "repA4"])

add("cred1", "badge", False, None, [],
    formataddr(("Credly", "admin@credly.com")), ME_P,
    "Haruka, you've earned a badge: AWS Certified Solutions Architect - Associate",
    "Hi Haruka,\n\nAmazon Web Services Training and Certification has issued you a new badge.\n\n"
    "AWS Certified Solutions Architect - Associate\n\nAccept your badge: https://www.credly.com/earner/earned/badge/6d1c9e2a-74b0-4f3e-9a21-0b7c55d6e8f1\n\n"
    "Credly, a Pearson company\n", None, minutes=30, enc="b64")

BADGE_Q = (f"Hello again Haruka,\n\nOne follow-up on the merge. Your badges were originally issued to a Credly wallet "
           f"registered to {ME_C}. Our system has started sending new badges to {ME_P}, but the older ones are still in "
           f"the company wallet, which you will lose access to soon.\n\nWhere would you like the badges to go? We can either "
           f"have Credly move the existing badges into the wallet on {ME_P}, or leave them where they are and only issue "
           f"future badges to the personal address. Let me know which you prefer and I'll raise it with Credly.\n\n"
           f"Cheers,\nTomás R.\n")
add("infoA3", "info_request", True, A, [],
    TC_FROM, ME_P, SUBJ_A, BADGE_Q, minutes=240, irt=["resA"])

REP5 = ("Please move all of the existing badges to the wallet on " + ME_P + ". Thanks for catching this.\n\n"
        "Haruka\n\nOn Tue, Apr 22, 2025 at 5:48 PM AWS Training and Certification wrote:\n" + q(BADGE_Q))
add("repA5", "user_reply", False, A, [],
    formataddr((ME_NAME, ME_P)), TC, SUBJ_A, REP5, minutes=45, irt=["resA", "infoA3"], auth=None, crlf=True)

UPD_A2 = (f"Hi Haruka,\n\nI've passed your badge request to the Credly support team under our partner channel. "
          f"They normally take three to five business days. I'll keep case {A} open until they confirm the move.\n\n"
          f"Cheers,\nTomás R.\n")
add("updA2", "case_update", False, A, [],
    TC_FROM, ME_P, SUBJ_A, UPD_A2, minutes=700, irt=["repA5"])

add("phish1", "suspicious", False, None, [],
    formataddr(("AWS Certification Support", "support@amazon-certsupport.com")), ME_P,
    f"RE:[CASE {A}] Action required: confirm account merge",
    f"Dear Candidate,\n\nTo complete the merge on case {A} we must verify that you own both accounts. Sign in below "
    f"within 24 hours and confirm your Account #1 selection, otherwise your certifications will be revoked.\n\n"
    f"https://amazon-certsupport.com/verify?case={A}\n\nReply to this message with your Builder ID password if the "
    f"link does not work.\n\nAWS Certification Support Team\n", minutes=190, auth="pass")

# console case
CON_ACK = (f"Hello,\n\nYou have created a new support case.\n\nCase ID: {CON}\nSubject: Certification records not "
           f"visible to our partner organization\nSeverity: General guidance\nCorrespondence: Please see the AWS "
           f"Support Center for the full text of your case.\n\nTo view, update or resolve this case, visit: "
           f"https://console.aws.amazon.com/support/home#/case/?displayId={CON}&language=en\n\n"
           f"Thank you for using Amazon Web Services.\n\nAmazon Web Services\n\n"
           f"This email was sent from an address that cannot accept incoming e-mails.\n")
add("conAck", "acknowledgement", False, CON, [],
    CONSOLE, ME_C, f"Amazon Web Services: New Support case: {CON}", CON_ACK, minutes=120, auth="pass")

add("sb1", "unrelated", False, None, [],
    formataddr(("AWS Skill Builder", "no-reply@aws.training")), ME_P,
    "Your AWS Skill Builder receipt",
    "Thank you for your purchase.\n\nAWS Skill Builder Individual subscription - monthly\nAmount: USD 29.00\n"
    "Order number: SB-2025-0423-77120\n\nYou can manage your subscription at any time from your account settings.\n",
    minutes=80)

OOO = ("Thank you for your email. I am out of the office until May 7 with limited access to mail.\n"
       "For urgent matters please contact d-morikawa@kitakaze-soft.co.jp.\n\n"
       "ご連絡ありがとうございます。5月7日まで不在にしております。\n")
add("ooo1", "unrelated", False, None, [],
    formataddr(("Yuki Shimizu", "y-shimizu@kitakaze-soft.co.jp")), ME_C,
    "自動応答: Re: partner central のメンバー削除について", OOO, minutes=25, auth=None,
    extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})

CON_INFO = (f"Hello,\n\nThank you for contacting AWS Support. We have reviewed case {CON}.\n\n"
            f"Certification records in Partner Central are shared from the individual's AWS Certification account. "
            f"To check why your records are not showing, we need the candidate ID of the certification profile "
            f"you expected to see, and the email address of the Partner Central user. Please add these to the case "
            f"through the Support Center - replies sent to this email address are not received.\n\n"
            f"Best regards,\nDaniel K.\nAmazon Web Services\n\n"
            f"To see the full correspondence or reply, visit: https://console.aws.amazon.com/support/home#/case/?displayId={CON}&language=en\n\n"
            f"This email was sent from an address that cannot accept incoming e-mails.\n"
            f"We value your feedback. Please share your experience by rating this correspondence using the links in the Support Center.\n")
add("conInfo", "info_request", True, CON, [],
    CONSOLE, ME_C, f"RE:[CASE {CON}] Certification records not visible to our partner organization", CON_INFO,
    minutes=600, auth="pass")

# voucher case
ACK_V_HTML = ("<html><body><p>Dear Haruka Tanabe,</p><p>We have received your request and opened case "
              f"<b>{VOU}</b>. We aim to reply within 24 hours.</p><p>So that you can check we understood you correctly, "
              "here is a summary of your request in our words:</p><ul>"
              "<li>Your company certification account was recently merged into your personal account (AWS07736150).</li>"
              "<li>After the merge, the Benefits page shows two 50% exam discount vouchers, one from each of the former accounts.</li>"
              "<li>You asked whether both vouchers are valid, whether you are allowed to use both, and, if only one can remain, "
              "that we tell you which one will be removed.</li>"
              "<li>You also asked us to confirm that the vouchers are not tied to your former employer.</li></ul>"
              "<p>If anything above is wrong, you may reply to this email to correct it. Otherwise there is nothing "
              "else to do for now. Please don't open a new case for the same question.</p>"
              "<p>AWS Training and Certification Support</p></body></html>")
add("ackV", "acknowledgement", False, VOU, ["AWS07736150"],
    TC_FROM, ME_P, f"[CASE {VOU}] [AWS Training and Certification Form Submission] - certification-benefits",
    None, ACK_V_HTML, minutes=900, enc="qp")

add("cert2", "certification", False, None, [],
    formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "Your AWS Certified Developer - Associate certification expires in 90 days",
    "Hello Haruka,\n\nYour AWS Certified Developer - Associate certification (validation number 7QW2L1B2M1E4XF3K) "
    "will expire on July 28, 2025.\n\nTo keep it active, pass the current version of the exam or a higher-level exam "
    "before that date. You can find your recertification options in your AWS Certification account.\n\n"
    "AWS Certification\n", minutes=60)

CON_CLOSE = (f"Hello,\n\nWe haven't heard back from you on case {CON}. If we do not receive an update in the Support "
             f"Center, this case will be resolved automatically in 3 days. Once a case has been resolved for 14 days it can "
             f"no longer be reopened.\n\nTo reply, visit: https://console.aws.amazon.com/support/home#/case/?displayId={CON}&language=en\n\n"
             f"This email was sent from an address that cannot accept incoming e-mails.\n")
add("conClose", "closing_notice", True, CON, [],
    CONSOLE, ME_C, f"RE:[CASE {CON}] Certification records not visible to our partner organization", CON_CLOSE,
    minutes=2800, auth="pass")

V_Q = (f"Hello Haruka,\n\nThanks for your patience. I checked the two vouchers on AWS07736150:\n\n"
       f"  - 50% exam discount, earned on 2024-11-03 (Developer - Associate), expires 2026-11-03\n"
       f"  - 50% exam discount, earned on 2025-02-14 (Solutions Architect - Associate), expires 2027-02-14\n\n"
       f"Neither is tied to Kitakaze Software; both came from exams you passed yourself. Our policy, however, "
       f"allows only one active discount of this type on an account after a merge, so one of them has to be retired.\n\n"
       f"Which one do you want to keep? Most people keep the later expiry, but it's your call.\n\n"
       f"Kind regards,\nAiko M.\nAWS Training and Certification\n")
add("infoV", "info_request", True, VOU, ["AWS07736150"],
    TC_FROM, ME_P, SUBJ_V, V_Q, minutes=300, irt=["ackV"], enc="b64")

add("zd1", "unrelated", False, None, [],
    formataddr(("Backlog Support", "support@backlog-helpdesk.example.com")), ME_P,
    "[Request #48813] Your request has been closed",
    "Hello Haruka,\n\nYour request #48813 \"Cannot export Gantt chart to PDF\" has been closed because we did not "
    "hear back from you. If the issue persists, simply reply to this email and the request will be reopened.\n\n"
    "Backlog Support Team\n", minutes=240)

# name-spelling case (JP)
ACK_N = (f"田辺 遥 様\n\nお問い合わせいただきありがとうございます。ケース ID: {NAME}\n\n"
         f"以下の内容で承りました。\n----\nお問い合わせタイプ: AWS トレーニングと認定\n問題タイプ: 認定\n"
         f"その他の詳細: 認定証・氏名の変更\n内容: 認定証に印字される氏名を変更したい。現在「TANABE HARUKA」となっているが、"
         f"統合後のアカウントでは表記が異なって見える。\n----\n\n通常 24 時間以内にご連絡いたしますが、"
         f"内容によってはお時間をいただく場合がございます。\n同一内容で追加のケースを作成されませんようお願いいたします。\n\n"
         f"AWS トレーニングと認定 サポートチーム\n")
add("ackN", "acknowledgement", False, NAME, [],
    TC_FROM, ME_P, f"[CASE {NAME}] [AWS Training and Certification Form Submission] - certification", ACK_N,
    minutes=180, cs="shift_jis")

add("amz1", "unrelated", False, None, [],
    formataddr(("Amazon.co.jp", "shipment-tracking@amazon.co.jp")), ME_P,
    "Amazon.co.jp ご注文の商品を発送しました",
    "田辺 遥 様\n\nご注文いただいた商品を発送しました。\n注文番号: 250-3381920-4471132\n"
    "お届け予定: 4月27日(日)\n\nAmazon.co.jp\n", minutes=100, cs="iso-2022-jp")

REP_V = ("Hi Aiko,\n\nI'll keep the one that expires 2027-02-14. The other can be retired.\n\nThanks,\nHaruka\n\n"
         "From: AWS Training and Certification <" + TC + ">\nSent: Thursday, April 24, 2025 18:05\nTo: " + ME_P +
         "\nSubject: " + SUBJ_V + "\n\n" + V_Q)
# closing notice before the user answers
CLOSE_V = (f"Hello Haruka,\n\nI'm following up on case {VOU}. We asked which of your two exam discount vouchers "
           f"you would like to keep and have not received an answer yet.\n\nIf we don't hear from you within 72 hours, "
           f"this case will be closed and both vouchers will stay as they are until our next review. A reply to this "
           f"email, at any time, will reopen it.\n\nKind regards,\nAiko M.\n\n"
           f"On 24 Apr 2025, at 18:05, AWS Training and Certification wrote:\n" + q(V_Q))
add("closeV", "closing_notice", True, VOU, [],
    TC_FROM, ME_P, SUBJ_V, CLOSE_V, minutes=3900, irt=["ackV", "infoV"])

N_UPD = (f"田辺様\n\nケース {NAME} について、認定証の氏名表記は認定運用チームの担当となるため、"
         f"同チームへ引き継ぎました。引き続き同チームより本ケースにてご連絡いたします。\n"
         f"現時点でお客様にご対応いただくことはございません。\n\nAWS トレーニングと認定 カスタマーサポート 佐藤\n")
add("updN", "case_update", False, NAME, [],
    TC_FROM, ME_P, SUBJ_N, N_UPD, minutes=80, irt=["ackN"], cs="iso-2022-jp")

add("repV", "user_reply", False, VOU, [],
    formataddr((ME_NAME, ME_P)), TC, SUBJ_V, REP_V, minutes=140, irt=["infoV", "closeV"], auth=None)

N_Q = (f"田辺 遥 様\n\nお世話になっております。AWS 認定運用チームの小林でございます。\n\n"
       f"統合後のアカウント(AWS07736150)には、以下の 2 通りの氏名が登録されております。\n\n"
       f"  1) TANABE HARUKA(旧アカウントの登録名)\n  2) Haruka Tanabe(新アカウントの登録名)\n\n"
       f"認定証およびデジタルバッジには 1 つの表記のみ印字できます。恐れ入りますが、今後印字する表記として"
       f"どちらをご希望か、またはローマ字以外の表記(例: 田辺 遥)をご希望かを、本メールへのご返信にて"
       f"お知らせいただけますでしょうか。\n\nなお、表記の変更は本人確認書類の氏名と一致している必要がございます。\n\n"
       f"何卒よろしくお願いいたします。\n\nAWS 認定運用チーム 小林\n")
add("infoN", "info_request", True, NAME, ["AWS07736150"],
    TC_FROM, ME_P, SUBJ_N, N_Q, minutes=600, irt=["ackN", "updN"], cs="iso-2022-jp")

RES_V_HTML = ("<div dir=\"ltr\"><p>Hi Haruka,</p><p>Done: the voucher expiring on 2027-02-14 is active on your account and "
              "the other one has been retired. You can see it under <i>Benefits</i>.</p>"
              "<p>If you have anything to add, just reply to this email.</p><p>Kind regards,<br>Aiko M.</p>"
              "<div style=\"color:#777\">We value your feedback. Please share your experience by rating this case: "
              "<a href=\"https://survey.aws.example/r?c=" + VOU + "\">Excellent</a> | <a href=\"#\">Poor</a></div>"
              "<blockquote style=\"border-left:1px solid #ccc;padding-left:8px\">" + REP_V.replace("\n", "<br>") + "</blockquote></div>")
add("resV", "resolved", False, VOU, [],
    TC_FROM, ME_P, SUBJ_V, None, RES_V_HTML, minutes=200, irt=["infoV", "closeV", "repV"])

REP_N = ("小林様\n\nご連絡ありがとうございます。\n表記は 2) Haruka Tanabe でお願いいたします。パスポートの表記と同じです。\n\n"
         "田辺\n\n2025年4月28日(月) 11:20 AWS Training and Certification <" + TC + ">:\n" + q(N_Q))
add("repN", "user_reply", False, NAME, [],
    formataddr((ME_NAME, ME_P)), TC, SUBJ_N, REP_N, minutes=120, irt=["updN", "infoN"], auth=None, cs="utf-8", enc="b64")

add("cred2", "badge", False, None, [],
    formataddr(("Credly", "admin@credly.com")), ME_P,
    "Reminder: accept your AWS Certified Developer - Associate badge",
    None, "<html><body><p>Hi Haruka,</p><p>You have a badge from <b>Amazon Web Services Training and Certification</b> "
    "waiting to be accepted.</p><p><a href=\"https://www.credly.com/earner/earned/badge/2f0a8d11-c9b3-4b0e-8d3a-5f61e2a9c7d4\">Accept badge</a></p>"
    "<p>Credly</p></body></html>", minutes=300)

add("phish2", "suspicious", False, None, [],
    formataddr(("AWS Training and Certification", TC)), ME_P,
    "RE:[CASE 174512998800341] [AWS Training and Certification Form Submission] - account-assistance",
    "Hello,\n\nWe are unable to complete your account merge because your payment profile could not be verified. "
    "Please confirm which account should remain and re-enter your card details here within 12 hours:\n\n"
    "http://aws-training-verify.co/merge/confirm\n\nAWS Training and Certification\n",
    minutes=90, auth="fail")

N_RES = (f"田辺 遥 様\n\n認定運用チームの小林です。\n認定証およびデジタルバッジの氏名表記を「Haruka Tanabe」に更新いたしました。"
         f"新しい認定証は AWS 認定アカウントからダウンロードいただけます。\n\n本件はこれにて完了とさせていただきます。"
         f"ほかにご不明な点がございましたら、お気軽にお問い合わせください。\n\nAWS 認定運用チーム 小林\n\n"
         f"-----Original Message-----\n" + REP_N)
add("resN", "resolved", False, NAME, [],
    TC_FROM, ME_P, SUBJ_N, N_RES, minutes=1500, irt=["infoN", "repN"], cs="iso-2022-jp")

add("surV", "survey", False, VOU, [],
    formataddr(("AWS Training and Certification", "no-reply@aws.training")), ME_P,
    f"How did we do? Case {VOU}",
    f"Hi Haruka,\n\nYour recent case {VOU} with AWS Training and Certification has been resolved. Would you take one "
    f"minute to tell us how it went?\n\nhttps://survey.aws.training/csat?case={VOU}\n\nThank you,\nAWS Training and Certification\n",
    minutes=60)

add("gh2", "unrelated", False, None, [],
    formataddr(("GitHub", "noreply@github.com")), ME_P,
    "[GitHub] A third-party OAuth application has been added to your account",
    "Hey haruka-tnb!\n\nA third-party OAuth application (Terraform Cloud) with read:org scope was recently authorized "
    "to access your account.\n\nVisit https://github.com/settings/connections/applications to review.\n\nThanks,\nThe GitHub Team\n",
    minutes=200)

CON_RES = (f"Hello,\n\nCase {CON} has been resolved because we did not receive a reply in the Support Center. "
           f"You can reopen it from the Support Center within 14 days if you still need help.\n\n"
           f"https://console.aws.amazon.com/support/home#/case/?displayId={CON}&language=en\n\n"
           f"We value your feedback. Please share your experience by rating this correspondence in the Support Center.\n\n"
           f"This email was sent from an address that cannot accept incoming e-mails.\n")
add("conRes", "resolved", False, CON, [],
    CONSOLE, ME_C, f"RE:[CASE {CON}] Certification records not visible to our partner organization", CON_RES,
    minutes=1400, auth="pass")

add("badgeMove", "badge", False, None, [],
    formataddr(("Credly", "admin@credly.com")), ME_P,
    "Badges have been transferred to your account",
    "Hi Haruka,\n\n4 badges issued by Amazon Web Services Training and Certification have been moved to your Credly "
    "account at " + ME_P + ". You can manage their privacy settings from your profile.\n\nCredly\n", minutes=500)

RES_A2 = (f"Hi Haruka,\n\nCredly has confirmed that all four badges are now in the wallet on {ME_P}. With that, every "
          f"part of case {A} is complete and I'm closing it.\n\nIt was a pleasure helping you.\n\nCheers,\nTomás R.\n\n"
          f"On Wed, Apr 23, 2025, Haruka Tanabe wrote:\n" + q(REP5))
add("resA2", "resolved", False, A, [],
    TC_FROM, ME_P, SUBJ_A, RES_A2, minutes=40, irt=["repA5", "updA2"])

add("surA", "survey", False, A, [],
    formataddr(("Amazon Web Services", "aws-cs-survey@amazon.com")), ME_P,
    f"Tell us about your experience with case {A}",
    None, "<html><body><table width=\"600\"><tr><td><h3>Your opinion matters</h3>"
    f"<p>You recently worked with our team on case {A}. How satisfied were you with the support you received?</p>"
    "<p>1 &nbsp; 2 &nbsp; 3 &nbsp; 4 &nbsp; 5</p><p>This survey takes less than two minutes.</p></td></tr></table></body></html>",
    minutes=180)

# second merge thread: duplicate accounts on the same email
ACK_M2 = (f"Thank you for contacting AWS Training and Certification.\n\nCase ID: {M2}\nStatus: Open\n\n"
          f"This automatic reply confirms we've got your request. Please allow up to 24 hours for a reply.\n")
add("ackM2", "acknowledgement", False, M2, [],
    TC_FROM, ME_P, f"[CASE {M2}] [AWS Training and Certification Form Submission] - account-assistance",
    ACK_M2, minutes=3000, extra={"Auto-Submitted": "auto-generated"})

add("cert3", "certification", False, None, [],
    formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "Congratulations on recertifying your AWS Certification!",
    "Hello Haruka,\n\nYou have successfully recertified: AWS Certified Developer - Associate.\n"
    "Your new expiration date is May 3, 2028.\n\nYour updated certificate and digital badge are available in your "
    "AWS Certification account.\n\nAWS Certification\n", minutes=90)

UPD_M2 = (f"Hello Haruka,\n\nThis is a short note on case {M2}. We are handling a higher number of requests than usual "
          f"and your case is in the queue for the account team. I've also linked your earlier case {OLD} from 2020, "
          f"which mentioned the same profile, so the team has the full history. We'll write again once we've looked at "
          f"the accounts.\n\nThanks for bearing with us,\nMarcus L.\nAWS Training and Certification\n")
add("updM2", "case_update", False, M2, [],
    TC_FROM, ME_P, SUBJ_M2, UPD_M2, minutes=1500, irt=["ackM2"])

add("educ1", "unrelated", False, None, [],
    formataddr(("AWS Educate", "aws-cs-educate-form@amazon.com")), ME_P,
    "RE:[CASE 174570331100209] [AWS Educate Form Submission] - account",
    "Hello,\n\nThanks for writing to AWS Educate. Could you tell us the email address you used to register for "
    "AWS Educate and the name of your institution? Once we have these we can look into the missing course "
    "completion.\n\nAWS Educate Support\n", minutes=200)

CONF_M2_HTML = ("<html><body style=\"font-family:Helvetica,Arial\"><p>Hi Haruka,</p>"
                "<p>I looked at the profiles registered to " + ME_P + ". There are two:</p>"
                "<table cellpadding=\"6\" style=\"border:1px solid #999;border-collapse:collapse\">"
                "<tr style=\"background:#eee\"><td>Candidate ID</td><td>Created</td><td>Certifications</td><td>Sign-in</td></tr>"
                "<tr><td>AWS07736150</td><td>2025-04-16</td><td>4 (from the merge)</td><td>Builder ID</td></tr>"
                "<tr><td>AWS07736188</td><td>2025-04-16</td><td>0</td><td>Amazon.com retail account</td></tr></table>"
                "<p>Our plan is to keep AWS07736150 and fold AWS07736188 into it. The second profile would be closed.</p>"
                "<p>Are both of these yours, and shall we go ahead on that basis?</p>"
                "<p>Thanks,<br>Marcus L.<br>AWS Training and Certification</p></body></html>")
add("confM2", "confirmation_request", True, M2, ["AWS07736150", "AWS07736188", "AWS07736150", "AWS07736188"],
    TC_FROM, ME_P, SUBJ_M2, None, CONF_M2_HTML, minutes=2200, irt=["ackM2", "updM2"], enc="qp")

add("slack1", "unrelated", False, None, [],
    formataddr(("Slack", "feedback@slack.com")), ME_P,
    "[oss-jp] 5 new messages in #aws-certification",
    "You have 5 new messages in #aws-certification.\n\nsuzuki: did anyone merge cert accounts recently? support asked me to confirm which account to keep\n"
    "haruka: yes, just reply to the mail with the account number\n\nOpen Slack: https://oss-jp.slack.com/\n", minutes=60)

CLOSE_M2 = (f"Hi Haruka,\n\nA quick reminder on case {M2}: I'm still waiting for your go-ahead on the two profiles "
            f"listed in my last message. I'll keep the case open for five more days; after that it will close "
            f"automatically. Replying to this email at any point will bring it back.\n\nThanks,\nMarcus L.\n")
add("closeM2", "closing_notice", True, M2, [],
    TC_FROM, ME_P, SUBJ_M2, CLOSE_M2, minutes=4300, irt=["confM2"])

REP_M2 = ("Hi Marcus,\n\nSorry for the slow reply. Yes, both are mine - the second one was created by accident when I "
          "signed in with my Amazon.com account. I think there may also be a third one from the Partner Central SSO.\n\n"
          "Haruka\n\nOn Mon, May 5, 2025 at 8:14 AM AWS Training and Certification <" + TC + "> wrote:\n" + q(CLOSE_M2))
add("repM2", "user_reply", False, M2, [],
    formataddr((ME_NAME, ME_P)), TC, SUBJ_M2, REP_M2, minutes=600, irt=["confM2", "closeM2"], auth=None)

CONF_M2_JA = (f"田辺 様\n\nご返信ありがとうございます。ご指摘のとおり、パートナーセントラル経由で作成された"
              f"プロフィール AWS07790312 も見つかりました(認定の記録はございません)。\n\n"
              f"つきましては、AWS07736188 と AWS07790312 の 2 件を AWS07736150 へ統合し、AWS07736150 を残す形で"
              f"進めてよろしいでしょうか。問題がなければ、その旨ご返信ください。\n\n"
              f"よろしくお願いいたします。\nMarcus L.(日本語サポート代理: 中村)\n")
add("confM2b", "confirmation_request", True, M2, ["AWS07790312", "AWS07736188", "AWS07790312", "AWS07736150", "AWS07736150"],
    TC_FROM, ME_P, SUBJ_M2, CONF_M2_JA, minutes=400, irt=["confM2", "closeM2", "repM2"], cs="iso-2022-jp", crlf=True)

add("pv2", "suspicious", False, None, [],
    formataddr(("Pearson VUE", "no-reply@pearsonvue-exams.net")), ME_P,
    "Your exam voucher will be cancelled - verify now",
    None, "<html><body><p>Dear Candidate,</p><p>Your AWS exam voucher has been flagged. To keep it, log in with your AWS "
    "Builder ID at <a href=\"http://pearsonvue-exams.net/login\">Pearson VUE</a> within 24 hours.</p></body></html>",
    minutes=300, auth="pass")

REP_M2b = ("中村様\n\nはい、その内容で進めてください。AWS07736150 を残してください。\n\n田辺\n\n"
           "> つきましては、AWS07736188 と AWS07790312 の 2 件を AWS07736150 へ統合し、AWS07736150 を残す形で\n"
           "> 進めてよろしいでしょうか。\n")
add("repM2b", "user_reply", False, M2, ["AWS07736150"],
    formataddr((ME_NAME, ME_P)), TC, SUBJ_M2, REP_M2b, minutes=50, irt=["repM2", "confM2b"], auth=None, cs="iso-2022-jp")

RES_M2 = (f"Hi Haruka,\n\nAll set - AWS07736188 and AWS07790312 have been merged into AWS07736150, which is now the only "
          f"profile on {ME_P}. Your certifications and badges are unaffected.\n\nNo further action is required. "
          f"If something looks wrong, reply here within 14 days and we'll pick it up.\n\nThanks,\nMarcus L.\n\n"
          f"> Are both of these yours, and shall we go ahead on that basis?\n")
add("resM2", "resolved", False, M2, ["AWS07736188", "AWS07790312", "AWS07736150"],
    TC_FROM, ME_P, SUBJ_M2, RES_M2, minutes=900, irt=["confM2b", "repM2b"])

add("surM2", "survey", False, M2, [],
    formataddr(("AWS トレーニングと認定", "no-reply@aws.training")), ME_P,
    f"サポートに関するアンケートのお願い(ケース {M2})",
    f"田辺 遥 様\n\nケース {M2} へのサポート対応について、簡単なアンケートにご協力ください。\n"
    f"https://survey.aws.training/csat?case={M2}&lang=ja\n\n所要時間は 1 分程度です。\n", minutes=120, cs="utf-8", enc="b64")

add("bill2", "unrelated", False, None, [],
    formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), ME_P,
    "AWS Notification - Free Tier usage limit alerting",
    "Hello,\n\nYour AWS account 310844719920 has exceeded 85% of the usage limit for one or more AWS Free Tier-eligible "
    "services for the month of May.\n\nAmazon Elastic Compute Cloud: 637 hours of 750 Hrs\n\nNo action is needed if "
    "you expect this usage.\n\nAmazon Web Services\n", minutes=600)

# late-arriving mail: exam scheduling + new badge case; exam booking decision for rebook (new case)
add("cert4", "certification", False, None, ["AWS07736150"],
    formataddr(("AWS Training and Certification", "no-reply@aws.training")), ME_P,
    "Your AWS Certification exam results",
    "Hello Haruka,\n\nYour results for AWS Certified Security - Specialty are now available in your AWS Certification "
    "account. Sign in to view your score report.\n\nCandidate ID: AWS07736150\n\nAWS Training and Certification\n", minutes=4000)

add("credP", "suspicious", False, None, [],
    formataddr(("Credly", "badges@credly-notify.com")), ME_P,
    "You've earned: AWS Certified Security - Specialty",
    "Hi Haruka,\n\nClaim your new badge before it expires. Sign in with your Amazon account to accept:\n"
    "https://credly-notify.com/claim?u=haruka.tanabe\n\nCredly\n", minutes=90, auth="pass")

add("cred3", "badge", False, None, [],
    formataddr(("Credly", "admin@credly.com")), ME_P,
    "Haruka, you've earned a badge: AWS Certified Security - Specialty",
    "Hi Haruka,\n\nAmazon Web Services Training and Certification has issued you a new badge: AWS Certified Security - "
    "Specialty.\n\nAccept it here: https://www.credly.com/earner/earned/badge/9b7e3a40-1f2c-4d6a-8a8e-3c2d1b0f9e57\n\nCredly\n",
    minutes=40)

add("ben1", "certification", False, None, [],
    formataddr(("AWS Certification", "do-not-reply@certmetrics.com")), ME_P,
    "New AWS Certification benefits are waiting for you",
    "Hello Haruka,\n\nCongratulations on your new certification. A 50% discount voucher for your next exam and access to "
    "the AWS Certified Global Community are now available under Benefits in your AWS Certification account.\n\n"
    "AWS Certification\n", minutes=5)

# a fresh case: voucher/exam booking choice handled in Japanese + acknowledgement in console style by form? -> new case 174620558800190
BK = "174620558800190"
SUBJ_BK = f"RE:[CASE {BK}] [AWS Training and Certification Form Submission] - exam-registration"
ACK_BK = (f"Hello Haruka,\n\nWe've received your message and opened case {BK}.\n\nYou wrote that you booked AWS Certified "
          f"Solutions Architect - Professional for June 12 using your new 50% voucher, but the checkout applied the "
          f"older voucher code instead, and you asked us to look into it. You also mentioned that you'd like the "
          f"appointment itself to stay on June 12 whatever happens with the voucher, and asked whether you need to do "
          f"anything before then.\n\nA team member will reply within 24 hours. You do not need to take any action now.\n\n"
          f"AWS Training and Certification\n")
add("ackBK", "acknowledgement", False, BK, [],
    TC_FROM, ME_P, f"[CASE {BK}] [AWS Training and Certification Form Submission] - exam-registration",
    ACK_BK, minutes=1400)

BK_Q = (f"Hello Haruka,\n\nI'm Keiko from AWS Training and Certification.\n\nThe June 12 booking was paid with voucher "
        f"code ending -7K2Q, which was issued to you before your accounts were merged. The new voucher (ending -R9MB) is "
        f"untouched. There are two ways to fix this and I need your decision:\n\n"
        f"1. Cancel and rebook June 12 with -R9MB; -7K2Q is then returned to your account.\n"
        f"2. Leave the booking as it is and keep -R9MB for a later exam.\n\n"
        f"Option 1 depends on seat availability at your test centre, so the June 12 slot could be lost. "
        f"What would you like me to do?\n\nBest regards,\nKeiko W.\n")
add("infoBK", "info_request", True, BK, [],
    TC_FROM, ME_P, SUBJ_BK, BK_Q, minutes=700, irt=["ackBK"], crlf=True)

add("coll2", "unrelated", False, None, [],
    formataddr(("Naoki Suzuki", "naoki.suzuki.dev@gmail.com")), ME_P,
    "Re: 認定アカウントの統合どうだった?",
    "田辺さん\n\n統合の件ありがとう!サポートから「どちらのアカウントを残しますか」って聞かれたので、"
    "個人の方を残すと返信したら 2 時間で終わった。\nところで来週の勉強会、LT 枠まだ空いてる?\n\n鈴木\n\n"
    "> 返信で Account #1 って書けば大丈夫だよ\n", minutes=120)

REP_BK = ("Hi Keiko,\n\nOption 2 please - keep the booking and save -R9MB for later.\n\nThanks,\nHaruka\n\n"
          "On Thu, Jun 5, 2025 at 10:02 AM AWS Training and Certification <" + TC + "> wrote:\n" + q(BK_Q))
add("repBK", "user_reply", False, BK, [],
    formataddr((ME_NAME, ME_P)), TC, SUBJ_BK, REP_BK, minutes=300, irt=["ackBK", "infoBK"], auth=None)

RES_BK = (f"Hello Haruka,\n\nUnderstood. Your June 12 appointment stays as booked and voucher -R9MB remains available on "
          f"your account until its expiry date. I'm marking case {BK} as resolved.\n\nIf you have anything to add, "
          f"feel free to reply to this email.\n\nBest regards,\nKeiko W.\n")
add("resBK", "resolved", False, BK, [],
    TC_FROM, ME_P, SUBJ_BK, RES_BK, minutes=240, irt=["infoBK", "repBK"])

# forward by owner
FWD = ("FYI - the merge is finished, the company account AWS04412987 is gone. Please remove me from Partner Central.\n\n"
       "---------- Forwarded message ---------\nFrom: AWS Training and Certification <" + TC + ">\n"
       "Date: Tue, Apr 22, 2025 at 12:41 PM\nSubject: " + SUBJ_A + "\nTo: <" + ME_P + ">\n\n" + RES_A.split("-----Original")[0])
add("fwdA", "user_reply", False, A, ["AWS04412987"],
    formataddr((ME_NAME, ME_P)), "y-shimizu@kitakaze-soft.co.jp", "Fwd: " + SUBJ_A, FWD, minutes=200, auth=None)

# dmarc fail lookalike on console
add("phish3", "suspicious", False, None, [],
    CONSOLE, ME_P, "Amazon Web Services: New Support case: 13398812075",
    "Hello,\n\nA support case has been created on your behalf regarding suspended certifications.\n\nCase ID: 13398812075\n\n"
    "To prevent revocation, verify your identity: https://console-aws-support.help/case?displayId=13398812075\n\n"
    "Amazon Web Services\n", minutes=600, auth="fail")

add("news2", "unrelated", False, None, [],
    formataddr(("AWS Training and Certification", "aws-training-news@amazon.com")), ME_P,
    "New on AWS Skill Builder: Generative AI learning plan",
    None, "<html><body><p>Build generative AI skills with our new learning plan, free for all Skill Builder users.</p>"
    "<p><a href=\"https://skillbuilder.aws/\">Start learning</a></p><p>You are receiving this email because you subscribed to "
    "AWS Training and Certification updates.</p></body></html>", minutes=500)

# console case reopened by the owner (user_reply via console copy) then new console info request answered in console
CON2_UPD = (f"Hello,\n\nCase {CON} has been reopened. Our partner team is reviewing the Partner Central link for your "
            f"profile and will post an update in the Support Center. There is nothing further needed from you at this time.\n\n"
            f"https://console.aws.amazon.com/support/home#/case/?displayId={CON}&language=en\n\n"
            f"This email was sent from an address that cannot accept incoming e-mails.\n")
add("conUpd", "case_update", False, CON, [],
    CONSOLE, ME_C, f"RE:[CASE {CON}] Certification records not visible to our partner organization", CON2_UPD,
    minutes=300, auth="pass")

CON_INFO2 = (f"Hello,\n\nThe partner team has looked at case {CON}. The Partner Central user {ME_C} is linked to "
             f"certification profile AWS04412987, which no longer exists after your merge. To re-link, we need you to "
             f"sign in to Partner Central from the address you now use for certification and accept the sharing "
             f"consent, then tell us in the Support Center once it's done.\n\n"
             f"https://console.aws.amazon.com/support/home#/case/?displayId={CON}&language=en\n\n"
             f"This email was sent from an address that cannot accept incoming e-mails.\n")
add("conInfo2", "info_request", True, CON, ["AWS04412987"],
    CONSOLE, ME_C, f"RE:[CASE {CON}] Certification records not visible to our partner organization", CON_INFO2,
    minutes=1300, auth="pass")

add("conSur", "survey", False, CON, [],
    formataddr(("Amazon Web Services", "no-reply-aws@amazon.com")), ME_C,
    f"How was your support experience? Case {CON}",
    f"Hello,\n\nWe'd appreciate your feedback about case {CON}. Please rate your experience in the Support Center:\n"
    f"https://console.aws.amazon.com/support/home#/case/?displayId={CON}&rating=1\n\n"
    "This email was sent from an address that cannot accept incoming e-mails.\n", minutes=2000, auth="pass")

add("jp_news", "unrelated", False, None, [],
    formataddr(("JAWS-UG 大阪", "noreply@connpass.com")), ME_P,
    "【connpass】JAWS-UG 大阪 #62 参加登録が完了しました",
    "田辺 遥 さん\n\nJAWS-UG 大阪 #62「認定資格ナイト」への参加登録が完了しました。\n日時: 6月20日(金) 19:00〜\n"
    "会場: 梅田某所\n\nconnpass\n", minutes=300, cs="utf-8", enc="b64")

# ---------------------------------------------------------------- write
def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = Counter()
    for i, (m, label, crlf) in enumerate(MSGS, 1):
        seen = []
        for c in label["candidate_ids"]:
            if c not in seen:
                seen.append(c)
        label["candidate_ids"] = seen
        pol = policy.compat32.clone(linesep="\r\n" if crlf else "\n")
        data = m.as_bytes(policy=pol)
        with open(os.path.join(OUT, f"{i:03d}-msg.eml"), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, f"{i:03d}-msg.json"), "w") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
    for k, v in sorted(counts.items()):
        print(f"{k:22s} {v}")
    print(f"{'total':22s} {sum(counts.values())}")


if __name__ == "__main__":
    main()
