#!/usr/bin/env python3
"""Generate the blind-179 corpus: support-case mail around an AWS T&C account merge."""
import os, json, base64, collections
from datetime import datetime, timedelta, timezone
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "ren.takagi.ops@gmail.com"
ME_C = "r.takagi@kairo-sys.co.jp"
ME_NAME = "Ren Takagi"
TC = "aws-cs-trainingcertification-form@amazon.com"
CON = "no-reply-aws@amazon.com"

A = "174104822300611"   # merge company -> personal (form)
D = "174105119700284"   # duplicate of A from company mailbox (form)
B = "174170233100129"   # passed exam missing from account (form)
F = "174186012400377"   # opened by support on the owner's behalf (records team)
C = "174253106200842"   # console case: 50% voucher missing after merge
E = "13294067511"       # 2023 case on certificate name, reopened
CID_OLD = "AWS03718426"
CID_NEW = "AWS11850372"
SUBJ_TC = "[AWS Training and Certification Form Submission] - account-assistance"

JST = timezone(timedelta(hours=9))
UTC = timezone.utc
msgs = []
threads = collections.defaultdict(list)
counter = [0]


def mid(domain):
    counter[0] += 1
    return "<%s.%04d.%s@%s>" % ("a1b2c3d4e5f6"[counter[0] % 7:] + str(7919 * counter[0] % 100003),
                                   counter[0], "x%05d" % (counter[0] * 389 % 99991), domain)


def textpart(text, subtype="plain", charset="utf-8", enc="qp"):
    if charset == "shift_jis":
        p = MIMENonMultipart("text", subtype, charset="shift_jis")
        p.set_payload(base64.encodebytes(text.encode("cp932")).decode("ascii"))
        p["Content-Transfer-Encoding"] = "base64"
        return p
    if charset == "iso-2022-jp":
        return MIMEText(text, subtype, "iso-2022-jp")
    cs = Charset("utf-8")
    cs.body_encoding = {"qp": QP, "b64": BASE64, "8bit": None}[enc]
    return MIMEText(text, subtype, cs)


def auth(frm_dom, to, ok=True, dkim_dom=None):
    d = dkim_dom or frm_dom
    if to == ME_P:
        if ok:
            return ("mx.google.com;\r\n       dkim=pass header.i=@%s header.s=mk2q5v header.b=Qx3Lp0aZ;\r\n"
                    "       spf=pass (google.com: domain of bounces@%s designates 54.240.8.%d as permitted sender) smtp.mailfrom=bounces@%s;\r\n"
                    "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s") % (d, frm_dom, 20 + len(frm_dom), frm_dom, frm_dom)
        return ("mx.google.com;\r\n       dkim=fail header.i=@%s header.s=sel1 header.b=pP0qYt7c;\r\n"
                "       spf=softfail (google.com: domain of transitioning noreply@%s does not designate 185.234.72.19 as permitted sender) smtp.mailfrom=noreply@%s;\r\n"
                "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s") % (d, frm_dom, frm_dom, frm_dom)
    return ("spf=pass (sender IP is 54.240.27.%d) smtp.mailfrom=%s; dkim=pass (signature was verified)\r\n header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100"
            % (11 + len(frm_dom), frm_dom, d, frm_dom))


def add(kind, reply, case, cids, frm, to, subj, when, text=None, html=None, charset="utf-8", enc="qp",
        thread=None, ok=True, cc=None, crlf=False, extra=None, subj_charset="utf-8", own=False, reply_to=None):
    if html is not None and text is not None:
        m = MIMEMultipart("alternative")
        m.attach(textpart(text, "plain", charset, enc))
        m.attach(textpart(html, "html", charset, enc if enc != "8bit" else "qp"))
    elif html is not None:
        m = textpart(html, "html", charset, enc)
    else:
        m = textpart(text, "plain", charset, enc)
    addr = frm[1] if isinstance(frm, tuple) else frm
    dom = addr.split("@")[1]
    if not own:
        m["Authentication-Results"] = auth(dom, to if to in (ME_P, ME_C) else ME_P, ok)
        m["Received"] = "from %s (%s) by %s; %s" % (
            "a%d-%d.smtp-out.%s" % (len(msgs) + 3, 17 * len(msgs) % 250, dom),
            "54.240.%d.%d" % (len(msgs) % 40, 7 + len(msgs)),
            "mx.google.com" if to == ME_P else "TYCP286MB1187.JPNP286.PROD.OUTLOOK.COM",
            format_datetime(when.astimezone(UTC)))
    m["Date"] = format_datetime(when)
    if isinstance(frm, tuple):
        nm = frm[0]
        try:
            nm.encode("ascii"); m["From"] = '"%s" <%s>' % (nm, frm[1])
        except UnicodeEncodeError:
            h = Header(nm, "utf-8", header_name="From"); h.append(" <%s>" % frm[1], "us-ascii"); m["From"] = h
    else:
        m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    try:
        subj.encode("ascii"); m["Subject"] = subj
    except UnicodeEncodeError:
        m["Subject"] = Header(subj, subj_charset, header_name="Subject")
    msgid = mid(dom if not own else ("mail.gmail.com" if addr == ME_P else "TYCP286MB1187.jpnp286.prod.outlook.com"))
    m["Message-ID"] = msgid
    if thread is not None and threads[thread]:
        m["In-Reply-To"] = threads[thread][-1]
        m["References"] = " ".join(threads[thread][-6:])
    if thread is not None:
        threads[thread].append(msgid)
    if thread == "E" and not threads["E"][:-1]:
        m["In-Reply-To"] = "<0TL8x4Q2r0uF.20230614071205@email.amazonses.com>"
        m["References"] = m["In-Reply-To"]
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    msgs.append((when, m, {"kind": kind, "needs_reply": reply, "case": case, "candidate_ids": cids}, crlf))


def t(mo, d, h, mi, tz=UTC):
    return datetime(2025, mo, d, h, mi, tzinfo=tz)


AWSFOOT = ("\n\nAmazon Web Services\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered "
           "trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., "
           "410 Terry Ave. North, Seattle, WA 98109-5210\n")
CONSOLE_FOOT = ("\n\nTo see all of your correspondence or to reply, open the AWS Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
                "To respond to this case, please follow the link above.*\n\n"
                "We value your feedback. Please rate this response using the link in the Support Center.\n"
                "Amazon Web Services, Inc. and its affiliates. All rights reserved.")

# ---------------------------------------------------------------- 001
add("unrelated", False, None, [], ("Amazon Web Services", CON), ME_P,
    "Amazon Web Services Billing Statement Available [Account: 480271936652]", t(3, 3, 2, 14),
    text="Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement, for the account ending in "
         "6652, is available on the AWS web site. Your account will be charged the following:\n\nTotal: $4.87\n\n"
         "You can see a complete break down of all charges on the Billing & Cost Management page located at:\n"
         "https://console.aws.amazon.com/billing/home#/bill\n\nThank you for using Amazon Web Services.\n\nSincerely,\n"
         "Amazon Web Services\n\nThis message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n",
    enc="8bit")

# 002 colleague
add("unrelated", False, None, [], ("田村 美咲", "m.tamura@kairo-sys.co.jp"), ME_C,
    "引き継ぎミーティングの件", t(3, 3, 10, 2, JST),
    text="高木さん\n\nお疲れさまです、田村です。\n引き継ぎの件、来週水曜 14:00〜 で会議室Bを押さえました。\n"
         "監視基盤とCI周りの資料を事前に共有いただけると助かります。\n\n都合が悪ければ言ってください。\n\n田村\n",
    charset="iso-2022-jp", subj_charset="iso-2022-jp")

# 003 owner note to self, forward of account info
add("user_reply", False, None, [CID_OLD], (ME_NAME, ME_C), ME_P,
    "Fwd: my cert account details (before I lose this mailbox)", t(3, 4, 9, 41, JST),
    text="Note to self before the company mailbox goes away.\n\nOld (company) certification account\n  login: r.takagi@kairo-sys.co.jp\n"
         "  candidate ID: AWS03718426\n  SAA-C03 (active until 2026-11), DVA-C02 (active until 2025-06)\n"
         "  benefit: 50% exam voucher, unused\n\nCertificates downloaded to ~/Documents/aws-certs.\n"
         "Next: Builder ID with the gmail address, then the contact form (Account Merge).\n\n-- \nRen\n",
    own=True, enc="8bit")

# 004 acknowledgement A, Japanese template
add("acknowledgement", False, A, [CID_OLD, CID_NEW], ("Amazon Web Services", TC), ME_P,
    "[CASE %s] %s" % (A, SUBJ_TC), t(3, 4, 2, 8), thread="A",
    text="お問い合わせいただきありがとうございます。\n\nケース ID %s を作成いたしました。担当者より通常24時間以内にご連絡いたします。"
         "内容によっては、最適な解決方法をご案内するためにお時間をいただく場合がございます。\n\n"
         "同じ内容のケースがすでに作成されている場合は、対応の遅れにつながりますので、新たなケースの作成はお控えください。\n\n"
         "お問い合わせ内容:\n----------------------------------------\n"
         "お問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n"
         "AWS 候補 ID: %s\n\nUse case: I am leaving Kairo Systems at the end of March and would like my certification "
         "history moved to my personal account.\nAll email addresses used: r.takagi@kairo-sys.co.jp, ren.takagi.ops@gmail.com\n"
         "Email to keep: ren.takagi.ops@gmail.com (candidate ID %s)\n----------------------------------------\n\n"
         "このメールに返信いただくと、ケースに記録されます。\n\nAmazon Web Services\nAWS トレーニングと認定\n" % (A, CID_OLD, CID_NEW),
    enc="b64")

# 005 ack D duplicate, to company address
add("acknowledgement", False, D, [CID_OLD], ("Amazon Web Services", TC), ME_C,
    "[CASE %s] %s" % (D, SUBJ_TC), t(3, 4, 3, 1), thread="D",
    text="Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n\n"
         "A member of our team will review it and typically replies within 24 hours.\n"
         "Please avoid creating additional cases for the same issue; doing so can delay our response.\n\n"
         "The details of your case are as follows:\n\nCase ID: %s\nInquiry type: Certification\nAdditional details: Account Merge\n"
         "Candidate ID: %s\nDescription: Sent again because I never saw a confirmation for my first request. "
         "Please merge r.takagi@kairo-sys.co.jp into ren.takagi.ops@gmail.com.\n\nBest regards,\n\nAWS Training and Certification%s"
         % (D, D, CID_OLD, AWSFOOT), crlf=True)

# 006 Builder ID code
add("unrelated", False, None, [], ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
    "Verify your AWS Builder ID email address", t(3, 4, 3, 22),
    html="<html><body style='font-family:Arial'><p>Hello,</p><p>Use the code below to verify the email address for your AWS Builder ID.</p>"
         "<p style='font-size:28px;letter-spacing:4px'><b>583104</b></p><p>The code expires in 10 minutes. If you did not try to "
         "create a Builder ID, you can ignore this message.</p><p>Amazon Web Services</p></body></html>")

# 007 owner reply on D from company mailbox
add("user_reply", False, D, [], (ME_NAME, ME_C), TC,
    "RE: [CASE %s] %s" % (D, SUBJ_TC), t(3, 4, 13, 5, JST), thread="D", own=True,
    text="Hello,\n\nApologies - the acknowledgement for my first request (case %s) had landed in my personal inbox, so this "
         "case is a duplicate. Please continue on %s and close this one.\n\nThank you,\nRen Takagi\n\n"
         "-----Original Message-----\nFrom: Amazon Web Services <%s>\nSent: Tuesday, March 4, 2025 12:01 PM\nTo: %s\n"
         "Subject: [CASE %s] %s\n\nHello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n"
         % (A, A, TC, ME_C, D, SUBJ_TC, D), enc="qp")

# 008 agent first note A - looking into it
add("acknowledgement", False, A, [], ("Priya N. - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 5, 1, 47), thread="A",
    text="Hi Ren,\n\nThanks for reaching out to AWS Training and Certification. I'm Priya and I'll be the one working on your "
         "merge request from here.\n\nI've started going through the two certification profiles you listed and I'll write "
         "again once I've checked them. There is nothing you need to send me at this stage.\n\n"
         "Kind regards,\nPriya N.\nAWS Training and Certification Customer Support%s" % AWSFOOT)

# 009 D closed as duplicate - HTML only
add("case_update", False, D, [], ("Amazon Web Services", TC), ME_C,
    "RE:[CASE %s] %s" % (D, SUBJ_TC), t(3, 5, 2, 30), thread="D",
    html="<html><body><div style='font-family:Calibri,sans-serif;font-size:11pt'><p>Hello Ren,</p>"
         "<p>Thanks for letting us know. This case has been linked to case <b>%s</b>, which already covers the same merge, "
         "and it has now been closed so the two don't get worked separately.</p>"
         "<p>Your request is still in progress under %s &mdash; updates will come to the address on that case.</p>"
         "<p>Regards,<br>Tomasz<br>AWS Training and Certification</p></div></body></html>" % (A, A), enc="b64")

# 010 other vendor ack (JP)
add("unrelated", False, None, [], ("さくらのクラウド サポート", "support@sakura.ad.jp"), ME_P,
    "【お問い合わせ受付】ご質問を承りました [#20250305-0481]", t(3, 5, 9, 12, JST),
    text="高木 蓮 様\n\nお問い合わせいただきありがとうございます。\n以下の内容でお問い合わせを受け付けました。\n\n"
         "受付番号: 20250305-0481\n件名: 請求書の宛名変更について\n\n担当者より2営業日以内にご連絡いたします。\n"
         "本メールは送信専用アドレスから送信しています。\n\nさくらインターネット株式会社 カスタマーセンター\n", enc="b64")

# 011 certmetrics wants to hear from you
add("certification", False, None, [], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
    "AWS Certification wants to hear from you", t(3, 5, 18, 0),
    html="<html><body><table width='600' style='font-family:Helvetica'><tr><td><h2>Help shape AWS Certification</h2>"
         "<p>Hi Ren,</p><p>As an AWS Certified individual, your view matters. Take our 8-minute certification holder survey "
         "and tell us how your credential has helped your career.</p><p><a href='https://pages.awscloud.com/cert-survey'>Start the survey</a></p>"
         "<p>AWS Training and Certification</p></td></tr></table></body></html>")

# 012 on_hold A with buried question
add("on_hold", True, A, [CID_OLD], ("Priya N. - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 6, 0, 55), thread="A",
    text="Hi Ren,\n\nI've finished looking at both profiles. The older one (candidate ID %s, r.takagi@kairo-sys.co.jp) is "
         "associated with an AWS Partner Network organization, Kairo Systems K.K. While that association is in place, the "
         "certifications on it count towards the partner's tier, and we are not able to fold it into another account.\n\n"
         "I have put your case on hold for now while this is sorted out with the partner side. Separately, and so I can "
         "tell the partner team how to proceed, what is the last day of your employment with Kairo Systems?\n\n"
         "Once I have that, I'll take it from there.\n\nKind regards,\nPriya N.\nAWS Training and Certification Customer Support%s"
         % (CID_OLD, AWSFOOT))

# 013 colleague Outlook
add("unrelated", False, None, [], ("Kenji Ota", "k.ota@kairo-sys.co.jp"), ME_C,
    "RE: laptop return / last day checklist", t(3, 6, 11, 20, JST), cc="it-helpdesk@kairo-sys.co.jp",
    text="Hi Ren,\n\nIT needs the laptop and the security key back by 3/31 17:00. Your mailbox and SSO will be disabled the "
         "same evening, so please move anything personal before then.\n\nCan you confirm you got the checklist?\n\nThanks,\nKenji\n\n"
         "________________________________\nFrom: Ren Takagi <r.takagi@kairo-sys.co.jp>\nSent: Wednesday, March 5, 2025 18:02\n"
         "To: Kenji Ota <k.ota@kairo-sys.co.jp>\nSubject: laptop return / last day checklist\n\nKenji, what do I need to return on my last day?\n")

# 014 owner reply to on_hold
add("user_reply", False, A, [], (ME_NAME, ME_P), TC,
    "Re: RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 6, 12, 40, JST), thread="A", own=True,
    text="Hi Priya,\n\nMy last day at Kairo Systems is March 31, 2025, and my company mailbox will be shut down that evening. "
         "I'm fine with the certifications no longer counting for the partner after that.\n\nThanks,\nRen\n\n"
         "On Thu, Mar 6, 2025 at 9:55 AM Priya N. - AWS Training and Certification <%s> wrote:\n"
         "> Hi Ren,\n>\n> I've finished looking at both profiles. The older one (candidate ID %s, r.takagi@kairo-sys.co.jp) is\n"
         "> associated with an AWS Partner Network organization, Kairo Systems K.K.\n> ...\n> what is the last day of your employment with Kairo Systems?\n"
         % (TC, CID_OLD), enc="8bit")

# 015 system receipt of owner's reply A
add("acknowledgement", False, A, [], ("Amazon Web Services", TC), ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 6, 3, 41), thread="A",
    text="Hello,\n\nWe've received your reply and added it to case %s. The associate handling your case will review it "
         "and respond as soon as possible.\n\nYou don't need to send it again.\n\nAWS Training and Certification%s" % (A, AWSFOOT),
    html="<html><body><p>Hello,</p><p>We've received your reply and added it to case <b>%s</b>. The associate handling your "
         "case will review it and respond as soon as possible.</p><p>You don't need to send it again.</p>"
         "<p>AWS Training and Certification</p></body></html>" % A)

# 016 exam results certification
add("certification", False, None, [CID_NEW], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certification exam results are available", t(3, 6, 21, 10),
    text="Hello Ren Takagi,\n\nThe results of your recent AWS Certification exam are now available in your AWS Certification "
         "account.\n\nExam: AWS Certified SysOps Administrator - Associate (SOA-C02)\nCandidate ID: %s\n\n"
         "Sign in at https://www.aws.training/certification to view your score report.\n\nAWS Training and Certification\n" % CID_NEW)

# 017 marketing
add("unrelated", False, None, [], ("AWS Events", "aws-marketing-email-replies@amazon.com"), ME_P,
    "AWS Summit Japan 2025 — 登録受付を開始しました", t(3, 7, 1, 0),
    html="<html><body><h1>AWS Summit Japan 2025</h1><p>今年も幕張メッセで開催します。150以上のセッションをご用意してお待ちしております。</p>"
         "<p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録</a></p><p style='font-size:10px'>配信停止をご希望の場合はこちら。"
         "アマゾン ウェブ サービス ジャパン合同会社</p></body></html>", enc="b64")

# 018 case_update A - processed and forwarded (sounds done)
add("case_update", False, A, [], ("Priya N. - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 7, 2, 12), thread="A",
    text="Hi Ren,\n\nThank you for confirming the date. We have processed your request and forwarded it to the AWS Partner "
         "Network team, who manage the partner association on the older account. Once they release it, I'll continue with "
         "the merge.\n\nNo action is needed from you at the moment.\n\nKind regards,\nPriya N.%s\n\n"
         "-----Original Message-----\nFrom: %s\nSent: 3/6/2025 3:40 AM\nSubject: Re: RE:[CASE %s]\n\n"
         "My last day at Kairo Systems is March 31, 2025, and my company mailbox will be shut down that evening.\n"
         % (AWSFOOT, ME_P, A))

# 019 system transfer receipt A
add("acknowledgement", False, A, [], ("AWS Partner Network Support", "aws-cs-trainingcertification-form@amazon.com"), ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 7, 2, 19), thread="A",
    text="Hello,\n\nCase %s has been transferred to AWS Partner Network Support.\n\nOur team has received the case and its "
         "history. We aim to respond within 2 business days. Your case number stays the same.\n\n"
         "AWS Partner Network Support%s" % (A, AWSFOOT), enc="b64")

# 020 GitHub merged
add("unrelated", False, None, [], ("Haruto Kimura", "notifications@github.com"), ME_P,
    "Re: [renta-k/tf-modules] Add S3 lifecycle rules for log buckets (PR #231)", t(3, 7, 23, 4),
    text="Merged #231 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/renta-k/tf-modules/pull/231#event-16620193\n"
         "You are receiving this because you authored the thread.\n",
    extra={"List-ID": "renta-k/tf-modules <tf-modules.renta-k.github.com>", "X-GitHub-Reason": "author"})

# 021 suspicious lookalike
add("suspicious", False, None, [], ("AWS Certification Support", "case-team@aws-certification-support.com"), ME_P,
    "Action required: your certification account merge will be cancelled", t(3, 8, 6, 33),
    html="<html><body><p>Dear Candidate,</p><p>Your account merge request <b>#7734219905</b> could not be verified. To avoid "
         "cancellation and loss of your certifications, sign in within 24 hours and re-enter your credentials.</p>"
         "<p><a href='https://aws-certification-support.com/verify?c=7734219905'>Verify my account</a></p>"
         "<p>Reply to this message if you cannot sign in.</p><p>AWS Training &amp; Certification Team</p></body></html>")

# 022 ack B
add("acknowledgement", False, B, [CID_NEW], ("Amazon Web Services", TC), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % B, t(3, 10, 0, 51), thread="B",
    text="Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n\n"
         "The details of your case are as follows:\n\nCase ID: %s\nInquiry type: Certification\nAdditional details: Exam results\n"
         "Candidate ID: %s\nDescription: I passed SOA-C02 on 6 March (results mail received) but the certification "
         "does not appear under Certifications in my account.\n\nWe normally respond within 24 hours.\n\n"
         "Please don't open a new case for the same request.\n\nBest regards,\nAWS Training and Certification%s"
         % (B, B, CID_NEW, AWSFOOT), enc="b64")

# 023 hold lifted A
add("case_update", False, A, [], ("Priya N. - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 10, 5, 2), thread="A",
    text="Hi Ren,\n\nGood news: the AWS Partner Network team has released the partner association on your older account, "
         "so the hold on your case is lifted. I'm lining up the merge now and will send you the account details to look over shortly.\n\n"
         "Kind regards,\nPriya N.%s" % AWSFOOT)

# 024 confirmation_request A - HTML table
add("confirmation_request", True, A, [CID_NEW, CID_OLD], ("Priya N. - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 11, 1, 26), thread="A",
    text="Hi Ren,\n\nBelow are the two profiles I found under your name.\n\nAccount #1 (%s)\nLogin email: ren.takagi.ops@gmail.com\n"
         "Training notification email: ren.takagi.ops@gmail.com\nCertification notification email: ren.takagi.ops@gmail.com\n\n"
         "Account #2 (%s)\nLogin email: r.takagi@kairo-sys.co.jp\nTraining notification email: r.takagi@kairo-sys.co.jp\n"
         "Certification notification email: r.takagi@kairo-sys.co.jp\n\nAccount #2 would be folded into Account #1 and could "
         "not be signed into afterwards. Are both of these yours, and is Account #1 the one to keep?\n\nKind regards,\nPriya N.%s"
         % (CID_NEW, CID_OLD, AWSFOOT),
    html="<html><body style='font-family:Arial;font-size:13px'><p>Hi Ren,</p><p>Below are the two profiles I found under your name.</p>"
         "<table border='1' cellpadding='4' style='border-collapse:collapse'><tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
         "<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr>"
         "<tr><td>Login email</td><td>ren.takagi.ops@gmail.com</td><td>r.takagi@kairo-sys.co.jp</td></tr>"
         "<tr><td>Training notification email</td><td>ren.takagi.ops@gmail.com</td><td>r.takagi@kairo-sys.co.jp</td></tr>"
         "<tr><td>Certification notification email</td><td>ren.takagi.ops@gmail.com</td><td>r.takagi@kairo-sys.co.jp</td></tr></table>"
         "<p>Account #2 would be folded into Account #1 and could not be signed into afterwards. Are both of these yours, and is "
         "Account #1 the one to keep?</p><p>Kind regards,<br>Priya N.</p></body></html>" % (CID_NEW, CID_OLD))

# 025 Pearson VUE
add("unrelated", False, None, [], ("Pearson VUE", "pearsonvue@pearson.com"), ME_P,
    "Confirmation of your exam appointment - AWS Certified Developer - Associate", t(3, 11, 4, 15),
    text="Dear Ren Takagi,\n\nThank you for scheduling your exam with Pearson VUE.\n\nRegistration ID: 428517093\n"
         "Exam: DVA-C02 AWS Certified Developer - Associate\nAppointment: Saturday, April 19, 2025 10:00 AM JST\n"
         "Location: Online (OnVUE)\n\nPlease run the system test before exam day.\n\nPearson VUE\n", enc="qp")

# 026 owner confirms from COMPANY address
add("user_reply", False, A, [], (ME_NAME, ME_C), TC,
    "RE: RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 11, 10, 48, JST), thread="A", own=True,
    text="Hi Priya,\n\nYes, both are mine. Please merge Account #2 into Account #1 and keep Account #1.\n\nRen Takagi\n"
         "Kairo Systems K.K. | Cloud Platform Team\n\n"
         "From: Priya N. - AWS Training and Certification <%s>\nSent: Tuesday, March 11, 2025 10:26\nTo: ren.takagi.ops@gmail.com\n"
         "Subject: RE:[CASE %s] %s\n\nHi Ren,\n\nBelow are the two profiles I found under your name.\n"
         "[table]\nAre both of these yours, and is Account #1 the one to keep?\n" % (TC, A, SUBJ_TC), crlf=True)

# 027 info_request A - write from the destination address
add("info_request", True, A, [], ("Priya N. - AWS Training and Certification", TC), ME_C,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 11, 3, 5), thread="A",
    text="Hi Ren,\n\nThanks for the quick answer. Because this reply came from r.takagi@kairo-sys.co.jp, the account that "
         "will stop existing, I can't use it as the go-ahead. The same confirmation has to come from ren.takagi.ops@gmail.com, "
         "the address we're keeping.\n\nA one-line reply to my previous message from that mailbox is enough.\n\n"
         "Kind regards,\nPriya N.%s" % AWSFOOT)

# 028 ooo autoreply from colleague
add("unrelated", False, None, [], ("Misaki Tamura", "m.tamura@kairo-sys.co.jp"), ME_C,
    "自動応答: 引き継ぎ資料", t(3, 11, 12, 1, JST),
    text="お疲れさまです。田村です。\n3/11〜3/12 は出張のため不在にしております。メールの確認が遅れますのでご了承ください。\n"
         "お急ぎの場合は k.ota@kairo-sys.co.jp までご連絡ください。\n",
    extra={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": ME_C}, charset="iso-2022-jp",
    subj_charset="iso-2022-jp")

# 029 owner re-confirms from personal
add("user_reply", False, A, [], (ME_NAME, ME_P), TC,
    "Re: RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 11, 12, 30, JST), thread="A", own=True,
    text="Confirmed from my personal address: please merge Account #2 into Account #1 (ren.takagi.ops@gmail.com).\n\nRen\n\n"
         "2025年3月11日(火) 12:05 Priya N. - AWS Training and Certification <%s>:\n"
         "> Hi Ren,\n> Thanks for the quick answer. Because this reply came from r.takagi@kairo-sys.co.jp, the account that\n"
         "> will stop existing, I can't use it as the go-ahead.\n" % TC, enc="8bit")

# 030 system receipt JP
add("acknowledgement", False, A, [], ("Amazon Web Services", TC), ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 11, 3, 31), thread="A",
    text="お客様からのご返信を受け付け、ケース %s に追加いたしました。\n担当者が内容を確認のうえ、あらためてご連絡いたします。\n\n"
         "※本メールは受付の確認のため自動送信されています。\n\nAWS トレーニングと認定 カスタマーサポート\n" % A,
    charset="iso-2022-jp")

# 031 case_update B - processed and forwarded
add("case_update", False, B, [], ("Marcus - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % B, t(3, 11, 6, 44), thread="B",
    text="Hello Ren,\n\nThank you for your patience. We have processed your request and forwarded it to our exam delivery "
         "partner so they can resend the score record to your certification account. This usually takes 3 to 5 business days.\n\n"
         "Best,\nMarcus\nAWS Training and Certification%s" % AWSFOOT, enc="qp")

# 032 resolved A - "should now show"
add("resolved", False, A, [], ("Priya N. - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 12, 0, 18), thread="A",
    text="Hi Ren,\n\nThanks for confirming from the Gmail address. I've put the merge through on our side, and your exam "
         "history, both certifications and the 50%% voucher should now show when you sign in with ren.takagi.ops@gmail.com. "
         "Credly may take a little while to catch up.\n\nIf something looks off, just reply here.\n\nKind regards,\nPriya N.\n\n"
         "-----Original Message-----\nFrom: Priya N.\nSent: 3/11/2025 1:26 AM\n\nAccount #1 ...\nAccount #2 ...\n"
         "Are both of these yours, and is Account #1 the one to keep?%s" % AWSFOOT)

# 033 survey A
add("survey", False, A, [], ("Amazon Web Services", "aws-cs-survey@amazon.com"), ME_P,
    "How did we do? Your recent case with AWS Training and Certification", t(3, 12, 6, 0),
    html="<html><body><p>Hello Ren,</p><p>Your case <b>%s</b> was recently resolved. Would you take a minute to tell us about "
         "your experience?</p><p>How satisfied were you with the support you received?</p>"
         "<p><a href='https://survey.amazon.com/r?c=%s&s=5'>Very satisfied</a> | <a href='https://survey.amazon.com/r?c=%s&s=1'>Very dissatisfied</a></p>"
         "<p>Thank you,<br>AWS Training and Certification</p></body></html>" % (A, A, A))

# 034 Credly
add("badge", False, None, [], ("Credly", "admin@credly.com"), ME_P,
    "Your badges from Amazon Web Services Training and Certification are ready", t(3, 12, 7, 40),
    html="<html><body><p>Hi Ren,</p><p>Amazon Web Services Training and Certification has issued you 2 badges: "
         "<b>AWS Certified Solutions Architect &ndash; Associate</b> and <b>AWS Certified Developer &ndash; Associate</b>.</p>"
         "<p><a href='https://www.credly.com/earner/earned/badge/3f1e9a2c-8d4b-4c71-9e0a-52b6d7c1f804'>Accept your badges</a></p>"
         "<p>Credly, Inc.</p></body></html>")

# 035 newsletter
add("unrelated", False, None, [], ("Last Week in AWS", "newsletter@lastweekinaws.com"), ME_P,
    "Last Week in AWS: Issue #412", t(3, 12, 14, 3),
    text="Good morning!\n\nThis week AWS announced a few things, deprecated a few others, and renamed at least one service.\n"
         "Reply to this email to tell me what you think - I read every one.\n\n-- Corey\n\nUnsubscribe: https://lastweekinaws.com/unsub\n",
    extra={"List-Unsubscribe": "<https://lastweekinaws.com/unsub>"})

# 036 info_request B - buried after explanation, no "please"
add("info_request", True, B, [], ("Marcus - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % B, t(3, 13, 2, 9), thread="B",
    text="Hello Ren,\n\nOur exam delivery partner came back to us. They hold two score records for SOA-C02 taken on 6 March, "
         "and they can't tell which one belongs to you because the name on one of them is romanised differently.\n\n"
         "For them to attach the right record, we'd need the nine-digit Pearson VUE registration number from your appointment "
         "confirmation, along with the candidate ID you sat the exam under.\n\nBest,\nMarcus%s" % AWSFOOT)

# 037 owner replies B
add("user_reply", False, B, [CID_NEW], (ME_NAME, ME_P), TC,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % B, t(3, 13, 19, 2, JST),
    thread="B", own=True,
    text="Hi Marcus,\n\nRegistration number: 417306295\nCandidate ID: %s\nExam date: 2025-03-06, OnVUE\n\n"
         "Thanks,\nRen\n\nOn Thu, Mar 13, 2025 at 11:09 AM Marcus - AWS Training and Certification <%s> wrote:\n"
         "> For them to attach the right record, we'd need the nine-digit Pearson VUE registration number\n" % (CID_NEW, TC))

# 038 system receipt B (short English)
add("acknowledgement", False, B, [], ("Amazon Web Services", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % B, t(3, 13, 10, 3), thread="B",
    text="Your reply has been added to case %s. Thank you.\n\n-- AWS Training and Certification (automated message)\n" % B)

# 039 ooo? -> certification expiry
add("certification", False, None, [], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Your AWS Certified Developer - Associate expires in 90 days", t(3, 14, 0, 0),
    text="Hello Ren,\n\nYour AWS Certified Developer - Associate certification expires on June 12, 2025. To keep it active, "
         "pass the current version of the exam or a qualifying higher-level exam before that date.\n\n"
         "Your 50% discount benefit can be applied when scheduling.\n\nAWS Training and Certification\n", enc="b64")

# 040 case_update B: opened F on behalf, closing B
add("case_update", False, B, [], ("Marcus - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-results" % B, t(3, 14, 1, 30), thread="B",
    text="Hello Ren,\n\nThanks for the details. Attaching a score record is handled by our Certification Records team, so "
         "I've opened a new case for them on your behalf, case %s. You will get a separate notification for it.\n\n"
         "To keep everything in one place I'm closing this case; please continue the conversation on the new case.\n\n"
         "Best,\nMarcus%s" % (F, AWSFOOT))

# 041 ack F opened on behalf (system)
add("acknowledgement", False, F, [CID_NEW], ("Amazon Web Services", TC), ME_P,
    "[CASE %s] Certification Records - score record attachment" % F, t(3, 14, 1, 33), thread="F",
    text="Hello,\n\nA case has been opened on your behalf by AWS Training and Certification.\n\nCase ID: %s\n"
         "Subject: Certification Records - score record attachment\nRelated case: %s\nCandidate ID: %s\n\n"
         "The Certification Records team will review the case and contact you at this address. You don't need to do anything "
         "right now.\n\nAWS Training and Certification%s" % (F, B, CID_NEW, AWSFOOT), crlf=True)

# 042 survey B
add("survey", False, B, [], ("Amazon Web Services", "aws-cs-survey@amazon.com"), ME_P,
    "Tell us about your support experience (case %s)" % B, t(3, 14, 8, 0),
    text="Hello,\n\nWe'd love your feedback on case %s. The survey has 3 questions and takes about a minute:\n"
         "https://survey.amazon.com/feedback?case=%s\n\nIf you still need help with this issue, you can reply to the case.\n\n"
         "AWS Training and Certification\n" % (B, B))

# 043 Skill Builder receipt
add("unrelated", False, None, [], ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
    "Your AWS Skill Builder receipt", t(3, 15, 3, 11),
    html="<html><body><h3>Thanks for subscribing</h3><table><tr><td>Plan</td><td>Individual (monthly)</td></tr>"
         "<tr><td>Amount</td><td>USD 29.00</td></tr><tr><td>Order</td><td>SB-90417-22853</td></tr></table>"
         "<p>No action is required. You can manage your subscription at any time from your Skill Builder account.</p></body></html>",
    enc="b64")

# 044 suspicious dmarc fail on real domain
add("suspicious", False, None, [], ("AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] %s" % (A, SUBJ_TC), t(3, 16, 4, 50), ok=False,
    text="Hello Ren,\n\nDuring a routine check we found that your merged account could not be validated. Your certifications "
         "will be suspended unless you sign in and confirm your identity within 48 hours:\n\n"
         "https://aws-training-verify.net/signin?case=%s\n\nPlease reply with your candidate ID once complete.\n\n"
         "AWS Training and Certification\n" % A)

# 045 info_request F, Japanese keigo, ISO-2022-JP
add("info_request", True, F, [], ("AWS 認定レコードチーム", TC), ME_P,
    "RE:[CASE %s] Certification Records - score record attachment" % F, t(3, 17, 2, 20), thread="F",
    text="高木 蓮 様\n\nAWS トレーニングと認定、認定レコードチームの佐々木と申します。\n"
         "このたびはご不便をおかけしており、申し訳ございません。\n\n"
         "スコアレコードをお客様のアカウントへ紐付けるにあたり、受験時にご提示いただいた本人確認書類の氏名表記"
         "(ローマ字)を確認させていただく必要がございます。\n"
         "お手数ではございますが、本人確認書類に記載のローマ字氏名を、姓・名の順でご教示いただけますでしょうか。\n\n"
         "ご返信をお待ちしております。何卒よろしくお願いいたします。\n\n佐々木\nAWS トレーニングと認定\n",
    charset="iso-2022-jp", subj_charset="iso-2022-jp")

# 046 HR Shift_JIS
add("unrelated", False, None, [], ("人事部", "jinji@kairo-sys.co.jp"), ME_C,
    "退職手続きのご案内", t(3, 17, 9, 30, JST),
    text="高木 蓮 様\n\n人事部です。退職に伴う手続きについてご案内いたします。\n\n"
         "1. 健康保険証の返却(3/31まで)\n2. 退職届の提出(未提出の場合)\n3. 源泉徴収票の送付先住所の確認\n\n"
         "3. について、送付先住所をご返信ください。\n\n人事部 佐藤\n", charset="shift_jis")

# 047 other vendor case closed
add("unrelated", False, None, [], ("Microsoft Support", "support@mail.support.microsoft.com"), ME_C,
    "Your support case 2503170040006531 has been closed", t(3, 18, 1, 0),
    text="Hello,\n\nYour support request 2503170040006531 (Azure AD sign-in logs) has been closed because we did not hear back "
         "from you. If you still need assistance, reply within 7 days and the case will be reopened.\n\n"
         "Microsoft Customer Support\n")

# 048 closing_notice F, bilingual
add("closing_notice", True, F, [], ("AWS 認定レコードチーム", TC), ME_P,
    "RE:[CASE %s] Certification Records - score record attachment" % F, t(3, 20, 1, 15), thread="F",
    text="高木 様\n\n3月17日にお送りしたご質問について、まだご返信をいただけていないようです。\n"
         "3営業日以内にご返信がない場合、本ケースはクローズさせていただきます。このメールにご返信いただければ、"
         "ケースは引き続きオープンのままとなります。\n\n"
         "We have not yet heard back about our question of 17 March. If we don't hear from you within 3 business days, "
         "this case will be closed. Replying to this email keeps it open.\n\n佐々木\nAWS トレーニングと認定\n", enc="b64")

# 049 owner reply F in Japanese
add("user_reply", False, F, [], ("高木 蓮", ME_P), TC,
    "Re: RE:[CASE %s] Certification Records - score record attachment" % F, t(3, 20, 20, 11, JST), thread="F", own=True,
    text="佐々木様\n\nご連絡が遅くなり申し訳ありません。\n本人確認書類(運転免許証)の表記は TAKAGI REN です。\n"
         "なお、以前の会社アカウントでは Takagi Len と登録していた可能性があります。\n\nよろしくお願いいたします。\n高木\n\n"
         "2025年3月20日(木) 10:15 AWS 認定レコードチーム <%s>:\n> 高木 様\n>\n> 3月17日にお送りしたご質問について、"
         "まだご返信をいただけていないようです。\n" % TC, enc="8bit")

# 050 system receipt F JP (Shift_JIS)
add("acknowledgement", False, F, [], ("Amazon Web Services", TC), ME_P,
    "RE:[CASE %s] Certification Records - score record attachment" % F, t(3, 20, 11, 12), thread="F",
    text="ご返信ありがとうございます。\nいただいた内容はケース %s に記録されました。担当者より改めてご連絡いたします。\n\n"
         "AWS トレーニングと認定\n" % F, charset="shift_jis")

# 051 console ack C (owner opened)
add("acknowledgement", False, C, [], ("Amazon Web Services", CON), ME_P,
    "Amazon Web Services: New Support case: %s" % C, t(3, 21, 2, 6), thread="C",
    text="Thank you for contacting AWS Support. We have opened case %s for you.\n\nCase ID: %s\n"
         "Subject: 50%% exam voucher missing after certification account merge\nSeverity: General guidance\n"
         "Correspondence: After my accounts were merged (case %s) the unused 50%% discount does not appear under Benefits.\n"
         "%s" % (C, C, A, CONSOLE_FOOT % C))

# 052 console ack billing case (unrelated)
add("unrelated", False, None, [], ("Amazon Web Services", CON), ME_P,
    "Amazon Web Services: New Support case: 174253242900913", t(3, 21, 2, 44),
    text="Thank you for contacting AWS Support. We have opened case 174253242900913 for you.\n\n"
         "Case ID: 174253242900913\nSubject: Unexpected NAT Gateway charge [AWS ID 480271936652]\nSeverity: General guidance\n"
         "Service: Billing\n%s" % (CONSOLE_FOOT % "174253242900913"))

# 053 info_request C console
add("info_request", True, C, [], ("Amazon Web Services", CON), ME_P,
    "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % C, t(3, 22, 0, 37), thread="C",
    text="Hello,\n\nThanks for getting in touch. I can see the merge on case %s completed, and the older profile did hold an "
         "unused 50%% voucher. Vouchers are tied to the exam they were earned from, so before I reissue it I need to know which "
         "certification it came from (for example the SAA-C03 pass in 2023).\n\nWhich exam was it? Kindly reply in the Support "
         "Center using the link below, as replies to this email address are not received.\n\nBest regards,\n\nAnand R.\n"
         "Amazon Web Services%s" % (A, CONSOLE_FOOT % C))

# 054 resolved F JP HTML
add("resolved", False, F, [CID_NEW], ("AWS 認定レコードチーム", TC), ME_P,
    "RE:[CASE %s] Certification Records - score record attachment" % F, t(3, 22, 3, 40), thread="F",
    html="<html><body style='font-family:Meiryo,sans-serif'><p>高木 蓮 様</p>"
         "<p>お待たせいたしました。ご提供いただいた氏名表記をもとに、3月6日受験分のスコアレコードを候補 ID %s のアカウントに"
         "反映いたしました。AWS 認定アカウントの「認定」画面にて、SysOps Administrator - Associate が表示されるかご確認ください。</p>"
         "<p>ほかにご不明な点がございましたら、お気軽にお問い合わせください。</p><p>佐々木<br>AWS トレーニングと認定</p>"
         "<hr><p style='color:#666'>2025/03/17 11:20 AWS 認定レコードチーム:<br>お手数ではございますが、本人確認書類に記載の"
         "ローマ字氏名を、姓・名の順でご教示いただけますでしょうか。</p></body></html>" % CID_NEW, enc="b64")

# 055 certification congratulations
add("certification", False, None, [], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations, you're AWS Certified!", t(3, 22, 9, 5),
    html="<html><body><h2>Congratulations, Ren!</h2><p>You have earned AWS Certified SysOps Administrator - Associate. "
         "Your digital certificate is available in your AWS Certification account, and a badge is on its way from Credly.</p>"
         "<p>AWS Training and Certification</p></body></html>")

# 056 Credly badge
add("badge", False, None, [], ("Credly", "admin@credly.com"), ME_P,
    "Ren, you earned a badge: AWS Certified SysOps Administrator – Associate", t(3, 22, 9, 31),
    text="Hi Ren,\n\nAmazon Web Services Training and Certification has issued you a new badge.\n\n"
         "AWS Certified SysOps Administrator – Associate\nAccept it here: https://www.credly.com/badges/8a5c0f21-77e3-4bd2-b6c9-0e41d9f3a715\n\n"
         "Credly\n", enc="qp")

# 057 owner forwards C question to colleague
add("user_reply", False, C, [], (ME_NAME, ME_C), "k.ota@kairo-sys.co.jp",
    "FW: RE:[CASE %s] 50%% exam voucher missing after certification account merge" % C, t(3, 24, 10, 2, JST), own=True,
    text="Kenji,\n\nQuick one before I leave: do you remember which exam our team vouchers came from in 2023? AWS is asking "
         "below. I think it was the SAA round in November but not sure.\n\nRen\n\n"
         "-----Original Message-----\nFrom: Amazon Web Services <no-reply-aws@amazon.com>\nSent: Saturday, March 22, 2025 9:37 AM\n"
         "To: ren.takagi.ops@gmail.com\nSubject: RE:[CASE %s] 50%% exam voucher missing after certification account merge\n\n"
         "Which exam was it? Kindly reply in the Support Center using the link below, as replies to this email address are not received.\n"
         % C, crlf=True)

# 058 closing_notice C console (pending auto-resolve)
add("closing_notice", True, C, [], ("Amazon Web Services", CON), ME_P,
    "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % C, t(3, 25, 0, 40), thread="C",
    text="Hello,\n\nWe haven't received a response on this case. We're waiting on the information requested on March 22. "
         "If we don't hear back, the case will be resolved automatically in 3 days. A reply in the Support Center before then "
         "keeps it open.\n\nAmazon Web Services%s" % (CONSOLE_FOOT % C))

# 059 colleague reply (unrelated)
add("unrelated", False, None, [], ("Kenji Ota", "k.ota@kairo-sys.co.jp"), ME_C,
    "RE: FW: RE:[CASE %s] 50%% exam voucher missing after certification account merge" % C, t(3, 25, 9, 14, JST),
    text="It was SAA-C03, November 2023 - I have the list from the training budget.\n\nKenji\n\n"
         "-----Original Message-----\nFrom: Ren Takagi\nSent: Monday, March 24, 2025 10:02\n"
         "Quick one before I leave: do you remember which exam our team vouchers came from in 2023?\n")

# 060 owner reopens old case E (reply to 2023 thread)
add("user_reply", False, E, [CID_NEW], (ME_NAME, ME_P), TC,
    "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, t(3, 26, 8, 55, JST),
    thread="E", own=True,
    text="Hello,\n\nReopening this one: in 2023 you corrected my name to \"Ren Takagi\" on the company account. After the "
         "merge into my personal account (%s) the certificates show \"Len Takagi\" again.\n\nCould you fix it once more?\n\n"
         "Ren\n\nOn Wed, Jun 14, 2023 at 4:12 PM AWS Training and Certification <%s> wrote:\n"
         "> Hello Ren,\n> I have corrected the name on your certificates. This case is now resolved.\n" % (CID_NEW, TC))

# 061 console auto-resolved -> closing_notice
add("closing_notice", True, C, [], ("Amazon Web Services", CON), ME_P,
    "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % C, t(3, 28, 0, 41), thread="C",
    text="Hello,\n\nWe have not heard back from you, so case %s has been resolved. If you still need help, you can reopen "
         "the case from the Support Center within 14 days by adding a reply; after that it can't be reopened.\n\n"
         "Amazon Web Services%s" % (C, CONSOLE_FOOT % C))

# 062 system reopen ack E
add("acknowledgement", False, E, [], ("Amazon Web Services", TC), ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, t(3, 26, 0, 2), thread="E",
    text="Hello,\n\nYour message has been received and case %s has been reopened. An associate will review your case and "
         "get back to you, normally within 24 hours.\n\nPlease do not open a new case for the same request.\n\n"
         "AWS Training and Certification%s" % (E, AWSFOOT), enc="b64")

# 063 console reopened ack C (owner replied in console)
add("acknowledgement", False, C, [], ("Amazon Web Services", CON), ME_P,
    "Amazon Web Services: Support case %s has been reopened" % C, t(3, 28, 3, 15), thread="C",
    html="<html><body style='font-family:Amazon Ember,Arial'><p>Hello,</p><p>Your support case <b>%s</b> has been reopened "
         "with your latest correspondence. A support agent will follow up.</p>"
         "<p><a href='https://console.aws.amazon.com/support/home#/case/?displayId=%s%%26language=en'>View case in the Support Center</a></p>"
         "<p><i>This e-mail was sent from an address that cannot accept incoming e-mails.</i></p></body></html>" % (C, C))

# 064 agent first note E
add("acknowledgement", False, E, [], ("Hannah - AWS Training and Certification", TC), ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, t(3, 27, 2, 10), thread="E",
    text="Hi Ren,\n\nThanks for writing back on this case. I've picked it up and I'm checking why the old name came back "
         "with the merge. I'll get back to you once I know more; in the meantime there's nothing else I need from you.\n\n"
         "Hannah\nAWS Training and Certification\n\n"
         "> Reopening this one: in 2023 you corrected my name to \"Ren Takagi\" on the company account.\n", enc="qp")

# 065 JP phishing
add("suspicious", False, None, [], ("AWS認定サポート", "support@aws-nintei-jp.com"), ME_P,
    "【AWS認定】アカウント統合の最終確認のお願い", t(3, 28, 11, 30, JST),
    html="<html><body><p>お客様</p><p>AWS認定アカウントの統合手続きが保留されています。下記リンクよりAWSビルダーIDのパスワードを"
         "入力し、本人確認を完了してください。24時間以内に完了されない場合、取得済みの認定はすべて失効します。</p>"
         "<p><a href='http://aws-nintei-jp.com/login'>本人確認を行う</a></p><p>AWSトレーニングと認定 事務局</p></body></html>",
    enc="b64")

# 066 case_update E JP - "processed and handed over"
add("case_update", False, E, [], ("Hannah - AWS Training and Certification", TC), ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, t(3, 28, 5, 0), thread="E",
    text="高木 様\n\nご依頼の内容を処理し、証明書の氏名表記を管理する担当チームへ引き継ぎました。\n"
         "チームでの対応が完了しましたら、改めてご連絡いたします。\n\n"
         "Hi Ren - I've processed your request and handed it to the team that owns certificate names; I'll let you know when "
         "they're done.\n\nHannah\n", charset="iso-2022-jp")

# 067 resolved C console with feedback footer
add("resolved", False, C, [], ("Amazon Web Services", CON), ME_P,
    "RE:[CASE %s] 50%% exam voucher missing after certification account merge" % C, t(3, 29, 1, 22), thread="C",
    text="Hello Ren,\n\nThank you for confirming it was the SAA-C03 voucher. I've re-issued the 50%% discount to your merged "
         "account; it should now appear under Benefits and can be applied when you schedule your next exam before its "
         "expiry on 2025-11-30.\n\nBest regards,\n\nAnand R.\nAmazon Web Services%s" % (CONSOLE_FOOT % C))

# 068 bounce from old company mailbox later... first, newsletter JP
add("unrelated", False, None, [], ("Publickey", "news@publickey1.jp"), ME_P,
    "Publickey 週間ニュース 2025/3/29", t(3, 29, 8, 0, JST),
    text="今週の主なニュース\n\n・クラウド各社の新リージョン発表\n・Kubernetes 1.33 のリリース予定\n\n"
         "ご意見・ご感想はこのメールへの返信でお寄せください。\n", charset="iso-2022-jp", subj_charset="iso-2022-jp")

# 069 resolved E - said like an update
add("resolved", False, E, [], ("Hannah - AWS Training and Certification", TC), ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, t(3, 31, 4, 18), thread="E",
    text="Hi Ren,\n\nQuick update: the certificate team has corrected the name on your profile to Ren Takagi, and I've "
         "regenerated your certificates so the new PDFs should now show it. The transcript may need a hard refresh.\n\n"
         "Hannah\nAWS Training and Certification%s" % AWSFOOT)

# 070 bounce (owner's mail to old company address)
add("unrelated", False, None, [], ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
    "Delivery Status Notification (Failure)", t(4, 1, 0, 20),
    text="** Address not found **\n\nYour message wasn't delivered to r.takagi@kairo-sys.co.jp because the address couldn't "
         "be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
         "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n",
    extra={"Auto-Submitted": "auto-replied"})

# 071 survey E (JP)
add("survey", False, E, [], ("Amazon Web Services", "aws-cs-survey@amazon.com"), ME_P,
    "サポートに関するアンケートへのご協力のお願い", t(3, 31, 9, 0),
    text="高木 様\n\nケース %s へのサポート対応について、簡単なアンケートにご協力いただけますと幸いです。\n"
         "https://survey.amazon.com/feedback?case=%s&lang=ja\n\n所要時間は1分程度です。\n\nAWS トレーニングと認定\n" % (E, E),
    enc="b64")

# 072 owner thank-you on E
add("user_reply", False, E, [], (ME_NAME, ME_P), TC,
    "Re: RE: [CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, t(3, 31, 19, 40, JST),
    thread="E", own=True,
    text="Thanks Hannah, the new certificates look right.\n\nRen\n\n> Quick update: the certificate team has corrected the "
         "name on your profile to Ren Takagi\n")

# 073 auto-ack of thank-you (E)
add("acknowledgement", False, E, [], ("Amazon Web Services", TC), ME_P,
    "RE: [CASE %s] [AWS Training and Certification Form Submission] - certificate-name" % E, t(3, 31, 10, 41), thread="E",
    text="Hello,\n\nWe received your email regarding case %s. Because this case is resolved, your message has been added to "
         "its history and the case has been reopened for review. If no further help is needed, it will be resolved again "
         "without any action from you.\n\nAWS Training and Certification%s" % (E, AWSFOOT))

# 074 GitHub issue comment
add("unrelated", False, None, [], ("dependabot[bot]", "notifications@github.com"), ME_P,
    "[renta-k/tf-modules] Bump hashicorp/aws from 5.89.0 to 5.92.0 (PR #236)", t(4, 1, 6, 12),
    text="Bumps hashicorp/aws from 5.89.0 to 5.92.0.\n\nYou can trigger a rebase of this PR by commenting @dependabot rebase.\n\n"
         "--\nReply to this email directly or view it on GitHub.\n", extra={"X-GitHub-Reason": "subscribed"})

# ----- Case G: new form case on voucher scheduling? -> Case G: DVA exam voucher not applying (new case, April)
G = "174366025100458"
add("acknowledgement", False, G, [CID_NEW], ("Amazon Web Services", TC), ME_P,
    "[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher" % G, t(4, 3, 7, 30), thread="G",
    html="<html><body><p>Thank you for contacting Amazon Web Services.</p><p>We've opened case <b>%s</b>. A member of our "
         "team will respond, usually within 24 hours; some requests take longer while we look for the best resolution.</p>"
         "<table border='0' cellpadding='3'><tr><td>Case ID</td><td>%s</td></tr><tr><td>Inquiry type</td><td>Certification</td></tr>"
         "<tr><td>Additional details</td><td>Exam vouchers &amp; discounts</td></tr><tr><td>Candidate ID</td><td>%s</td></tr>"
         "<tr><td>Description</td><td>The reissued 50%% discount is listed under Benefits but Pearson VUE rejects it at checkout.</td></tr></table>"
         "<p>Please don't open another case for this request.</p></body></html>" % (G, G, CID_NEW))

# 076 colleague farewell (personal)
add("unrelated", False, None, [], ("Kenji Ota", "kenji.ota.88@gmail.com"), ME_P,
    "送別会の写真", t(4, 3, 21, 5, JST),
    text="高木さん\n\n先日はお疲れさまでした。写真を共有フォルダに置きました。\nhttps://photos.app.goo.gl/abc123\n\n"
         "新しい職場でも頑張ってください!\n太田\n", enc="8bit")

# 077 info_request G - question with no please, after explanation; "if you have anything else" decoy
add("info_request", True, G, [], ("Yuki - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher" % G, t(4, 4, 1, 2), thread="G",
    text="Hi Ren,\n\nI'm Yuki and I'll be looking after this case. I checked the discount on your profile and it's active on "
         "our side, so the rejection is most likely coming from how the exam was selected at checkout.\n\n"
         "When you got the error, were you scheduling through the Exam Registration page of your certification account, or "
         "directly on the Pearson VUE site? And what exact message did the checkout show?\n\n"
         "If you have anything else to add, feel free to include it.\n\nYuki\nAWS Training and Certification%s" % AWSFOOT)

# 078 owner reply G (top-post over long quote)
add("user_reply", False, G, [], (ME_NAME, ME_P), TC,
    "Re: RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher" % G, t(4, 4, 13, 14, JST),
    thread="G", own=True,
    text="Hi Yuki,\n\nI went directly to Pearson VUE. The message was: \"This voucher is not valid for the selected exam.\" "
         "I was booking DVA-C02.\n\nRen\n\nOn Fri, Apr 4, 2025 at 10:02 AM Yuki - AWS Training and Certification <%s> wrote:\n"
         "> Hi Ren,\n>\n> I'm Yuki and I'll be looking after this case. I checked the discount on your profile and it's active on\n"
         "> our side, so the rejection is most likely coming from how the exam was selected at checkout.\n>\n"
         "> When you got the error, were you scheduling through the Exam Registration page of your certification account, or\n"
         "> directly on the Pearson VUE site? And what exact message did the checkout show?\n>\n"
         "> If you have anything else to add, feel free to include it.\n>\n> Yuki\n" % TC, enc="qp")

# 079 system receipt G
add("acknowledgement", False, G, [], ("Amazon Web Services", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher" % G, t(4, 4, 4, 15), thread="G",
    text="Hello,\n\nThank you for your reply. It has been added to case %s and the associate assigned to it has been "
         "notified.\n\nAWS Training and Certification%s" % (G, AWSFOOT), crlf=True)

# 080 Educate form ack (other program)
add("unrelated", False, None, [], ("Amazon Web Services", "aws-cs-educate-form@amazon.com"), ME_P,
    "[CASE 174378830200146] [AWS Educate Form Submission] - general-question", t(4, 4, 8, 3),
    text="Hello,\n\nThank you for contacting Amazon Web Services. We have opened case 174378830200146 to address your request.\n\n"
         "Case ID: 174378830200146\nInquiry: AWS Educate - general question\nDescription: Can a study-group organiser invite "
         "members who are not students?\n\nWe normally respond within 24 hours.\n\nAWS Educate%s" % AWSFOOT)

# 081 case_update G - forwarded to exam delivery
add("case_update", False, G, [], ("Yuki - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher" % G, t(4, 5, 0, 48), thread="G",
    text="Hi Ren,\n\nThanks, that helps. I've raised this with our exam delivery team together with the error text; they need to "
         "re-map the discount to the current exam catalogue. I'll write again as soon as they've done it.\n\n"
         "Yuki%s" % AWSFOOT)

# 082 Pearson VUE reminder
add("unrelated", False, None, [], ("Pearson VUE", "pearsonvue@pearson.com"), ME_P,
    "Reminder: your exam is in 14 days", t(4, 5, 3, 0),
    text="Dear Ren Takagi,\n\nThis is a reminder of your upcoming exam.\n\nRegistration ID: 428517093\nExam: DVA-C02\n"
         "Date: April 19, 2025\n\nTo reschedule or cancel, sign in to your Pearson VUE account at least 24 hours before.\n")

# 083 resolved G - JP "反映いたしました" style
add("resolved", False, G, [], ("Yuki - AWS Training and Certification", TC), ME_P,
    "RE:[CASE %s] [AWS Training and Certification Form Submission] - exam-voucher" % G, t(4, 7, 2, 35), thread="G",
    text="高木 様\n\nお待たせいたしました。試験配信チームにて割引の設定を修正し、DVA-C02 のお申し込み時に"
         "ご利用いただけるよう反映いたしました。\n\nなお、すでにお申し込み済みの 4 月 19 日の予約には自動では適用されませんので、"
         "適用をご希望の場合は一度キャンセルのうえ再予約いただく形となります。\n\n"
         "Hi Ren - the discount has been corrected and should now apply to DVA-C02 at checkout.\n\nYuki\nAWS トレーニングと認定%s"
         % AWSFOOT, enc="b64")

# 084 owner note to self
add("user_reply", False, G, [], (ME_NAME, ME_P), ME_P,
    "todo: rebook DVA with voucher", t(4, 7, 12, 10, JST), own=True,
    text="Support fixed the voucher (case %s). Cancel the 4/19 booking and rebook with the 50%% discount before Thursday.\n" % G)

# 085 billing console case update (unrelated)
add("unrelated", False, None, [], ("Amazon Web Services", CON), ME_P,
    "RE:[CASE 174253242900913] Unexpected NAT Gateway charge [AWS ID 480271936652]", t(4, 7, 5, 50),
    text="Hello,\n\nI've reviewed your account and applied a one-time credit of USD 3.20 for the NAT Gateway hours. The credit "
         "will appear on your next invoice.\n\nIs there anything else we can help with? Please reply in the Support Center.\n\n"
         "Best regards,\nLuis M.\nAmazon Web Services%s" % (CONSOLE_FOOT % "174253242900913"))

# 086 survey G console-ish
add("survey", False, G, [], ("Amazon Web Services", "aws-cs-survey@amazon.com"), ME_P,
    "Your feedback on case %s" % G, t(4, 8, 6, 0),
    html="<html><body><p>Hi Ren,</p><p>We recently worked with you on case %s. Please share how we did &mdash; it takes less "
         "than a minute.</p><p><a href='https://survey.amazon.com/feedback?case=%s'>Rate your experience</a></p>"
         "<p>If your issue isn't fully resolved, reply to the original case email and we'll pick it up.</p></body></html>" % (G, G))

# 087 recertification
add("certification", False, None, [], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
    "Congratulations on recertifying your AWS Certification!", t(4, 10, 0, 5),
    text="Hello Ren,\n\nYou have successfully recertified AWS Certified Solutions Architect - Associate through your recent "
         "SysOps Administrator - Associate pass. Your new expiration date is March 6, 2028.\n\nAWS Training and Certification\n")


def main():
    for f in os.listdir(OUT):
        if f.endswith("-msg.eml") or f.endswith("-msg.json"):
            os.remove(os.path.join(OUT, f))
    counts = collections.Counter()
    ordered = [x[1:] for x in sorted(msgs, key=lambda x: x[0])]
    for i, (m, label, crlf) in enumerate(ordered, 1):
        data = m.as_bytes()
        if crlf:
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with open(os.path.join(OUT, "%03d-msg.eml" % i), "wb") as fh:
            fh.write(data)
        with open(os.path.join(OUT, "%03d-msg.json" % i), "w", encoding="utf-8") as fh:
            json.dump(label, fh, ensure_ascii=False)
            fh.write("\n")
        counts[label["kind"]] += 1
    for k, v in sorted(counts.items()):
        print("%-22s %d" % (k, v))
    print("%-22s %d" % ("total", len(msgs)))
    print("needs_reply true: %d" % sum(1 for _, _, l, _ in msgs if l["needs_reply"]))


if __name__ == "__main__":
    main()
