#!/usr/bin/env python3
"""Blind held-out corpus generator (standard library only).
Writes NNN-slug.eml / NNN-slug.json into the directory this script lives in."""
import base64, json, os, quopri
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
ME_P = "yuto.sawamura.k@gmail.com"
ME_C = "y-sawamura@hoshikawa-sys.co.jp"
ME_NAME = "Yuto Sawamura"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCN = "AWS Training and Certification"
NOREPLY = "no-reply-aws@amazon.com"
FORMSUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
CA = "174203517604311"   # main merge case (15 digits)
CB = "174210830211568"   # duplicate form submission (15 digits)
CE = "13960528417"       # console case (11 digits)
CD = "9183305527"        # third-account merge (10 digits)
CG = "174582163307925"   # name-spelling case, closed then reopened (15 digits)
CH = "1747029384"        # Japanese console case (10 digits)
OLD, NEW, THIRD = "AWS04417265", "AWS11829305", "AWS20571146"
ACCT = "482019375521"
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

MSGS = []
MIDS = {}
CODEC = {"utf-8": "utf-8", "iso-2022-jp": "iso2022_jp", "shift_jis": "shift_jis", "us-ascii": "ascii"}


def enc_hdr(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "iso-2022-jp" if cs == "iso-2022-jp" else "utf-8").encode(maxlinelen=76)


def addr(name, a, cs="utf-8"):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_hdr(name, cs), a)


def body_bytes(text, cs, cte):
    text = text.replace("\r\n", "\n")
    b = text.encode(CODEC[cs])
    if cte == "base64":
        return base64.encodebytes(b)
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    return b if b.endswith(b"\n") else b + b"\n"


def part(ctype, text, cs, cte):
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (ctype, cs, cte)
    return h.encode("ascii"), body_bytes(text, cs, cte)


def auth_for(to, from_addr, fail=False):
    dom = from_addr.split("@")[1]
    org = ".".join(dom.split(".")[-2:]) if not dom.endswith(".co.jp") else ".".join(dom.split(".")[-3:])
    if to == ME_P:
        if fail:
            return ("mx.google.com;\n       dkim=fail header.i=@%s header.s=a1b2c3 header.b=Qx9kLm2p;\n"
                    "       spf=softfail (google.com: domain of transitioning %s does not designate 203.0.113.77 as permitted sender) smtp.mailfrom=%s;\n"
                    "       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (org, from_addr, from_addr, org))
        return ("mx.google.com;\n       dkim=pass header.i=@%s header.s=s2048 header.b=Zp4wQe1R;\n"
                "       spf=pass (google.com: domain of %s designates 54.240.8.12 as permitted sender) smtp.mailfrom=%s;\n"
                "       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (org, from_addr, from_addr, org))
    if fail:
        return ("spf=fail (sender IP is 198.51.100.23) smtp.mailfrom=%s; dkim=fail (signature did not verify)\n"
                " header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (org, org, org))
    return ("spf=pass (sender IP is 54.240.11.40) smtp.mailfrom=%s; dkim=pass (signature was verified)\n"
            " header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (org, org, org))


def M(key, kind, needs, case, cands, frm, to, subj, when, text=None, html=None, cs="utf-8",
      cte="quoted-printable", hcs=None, hcte=None, crlf=False, irt=None, cc=None, fail=False,
      auth=True, note="", lang="en", extra=None):
    name, fa = frm
    dom = fa.split("@")[1]
    mid = "<%s.%d@%s>" % (key.replace("-", ""), len(MSGS) + 1,
                          "mail.gmail.com" if dom == "gmail.com" else dom)
    MIDS[key] = mid
    h = []
    rcv = ME_P if to == ME_P or (isinstance(to, str) and ME_P in to) else ME_C
    if auth and fa not in (ME_P, ME_C):
        h.append("Authentication-Results: " + auth_for(rcv, fa, fail))
    h.append("From: " + addr(name, fa, cs))
    h.append("To: " + to)
    if cc:
        h.append("Cc: " + cc)
    h.append("Subject: " + enc_hdr(subj, cs))
    h.append("Date: " + format_datetime(when))
    h.append("Message-ID: " + mid)
    if irt:
        refs = []
        k = irt
        chain = [MIDS[x] for x in (irt if isinstance(irt, list) else [irt])]
        h.append("In-Reply-To: " + chain[-1])
        h.append("References: " + " ".join(chain))
    h.append("MIME-Version: 1.0")
    for e in (extra or []):
        h.append(e)
    head = ("\n".join(h) + "\n").encode("ascii")
    if text is not None and html is not None:
        bnd = "=_alt_%s_%d" % (key.replace("-", ""), len(MSGS) + 1)
        out = head + ('Content-Type: multipart/alternative; boundary="%s"\n\n' % bnd).encode()
        out += b"This is a multi-part message in MIME format.\n\n"
        for ct, t, c, te in (("text/plain", text, cs, cte), ("text/html", html, hcs or cs, hcte or cte)):
            ph, pb = part(ct, t, c, te)
            out += ("--%s\n" % bnd).encode() + ph + b"\n" + pb + b"\n"
        out += ("--%s--\n" % bnd).encode()
    else:
        ct = "text/html" if text is None else "text/plain"
        ph, pb = part(ct, html if text is None else text, cs, cte)
        out = head + ph + b"\n" + pb
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    MSGS.append(dict(key=key, raw=out, label={"kind": kind, "needs_reply": needs, "case": case,
                                              "candidate_ids": cands}, note=note, lang=lang,
                     subj=subj))


def d(s, tz=UTC):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def gq(who, when, body):
    """Gmail-style quote."""
    return "On %s, %s wrote:\n%s" % (when, who, "\n".join("> " + l if l else ">" for l in body.strip("\n").split("\n")))


def jq(who, when, body):
    return "%s %s:\n\n%s" % (when, who, "\n".join("> " + l if l else ">" for l in body.strip("\n").split("\n")))


def oq(frm, sent, to, subj, body):
    return ("-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n%s"
            % (frm, sent, to, subj, body.strip("\n")))


def cs_subj(case, pre="RE:"):
    return "%s[CASE %s] %s" % (pre, case, FORMSUBJ)


SIG_TC = "\n\nBest regards,\n\n%s\nAWS Training and Certification Customer Support\n"
TCF = (TCN, TC)
ME_PF = (ME_NAME, ME_P)
ME_CF = (ME_NAME, ME_C)
CONSOLE = ("Amazon Web Services", NOREPLY)
CONSOLE_FOOT = ("\n\n----------------------------------------------------------------------\n"
                "To see all of the correspondence on this case, or to reply, please sign in to the AWS Support Center:\n"
                "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
                "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above.\n\n"
                "*Please note: this e-mail was sent from an address that cannot accept incoming e-mails. "
                "Please use the link above if you need to contact us again about this same issue.\n\n"
                "Amazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.\n")

# ---------------------------------------------------------------- messages
M("builder-code", "unrelated", False, None, [], ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "Verify your AWS Builder ID email address", d("2025-03-14 12:02"),
  "Hello,\n\nThanks for creating an AWS Builder ID. To finish verifying your email address, enter this code:\n\n"
  "Verification code: 731904\n\nThis code expires in 30 minutes.\n\nIf you didn't request this, you can ignore this message; "
  "no further action is required.\n\nAmazon Web Services\n", cte="7bit",
  note="Builder ID code; 6-digit number that is not a case ID; 'verify' wording")

M("skillbuilder-welcome", "unrelated", False, None, [], ("AWS Training and Certification", "no-reply@aws.training"), ME_P,
  "Welcome to AWS Skill Builder", d("2025-03-14 12:20"),
  "Hi Yuto,\n\nWelcome to AWS Skill Builder! Your learner profile is ready.\n\nStart with a free course, or link your AWS Certification account "
  "from the Certification tab to see your exam history in one place.\n\nQuestions? Visit our FAQ or contact us through the support form.\n\n"
  "- The AWS Training and Certification team\n",
  html="<html><body><p>Hi Yuto,</p><p>Welcome to <b>AWS Skill Builder</b>! Your learner profile is ready.</p>"
  "<p>Start with a free course, or link your AWS Certification account from the Certification tab.</p>"
  "<p>Questions? Visit our FAQ or contact us through the support form.</p><p>- The AWS Training and Certification team</p></body></html>",
  note="training platform mail from aws.training mentioning certification account and support form; no case")

ACK_A = ("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your inquiry.\n\n"
         "The details of your case are as follows:\n\nCase ID: %s\nSubject: Account Merge\nInquiry type: Certification\n"
         "Detail: Account Merge\nCorrespondence:\nI am leaving Hoshikawa Systems at the end of March and would like to merge my company "
         "certification account (y-sawamura@hoshikawa-sys.co.jp, candidate ID %s) into my personal one "
         "(yuto.sawamura.k@gmail.com, candidate ID %s). Please keep the personal account.\n\n"
         "A member of our team will get back to you, usually within 24 hours. If you have additional information to share, "
         "you can reply to this email. If you have already opened a case about this issue, please do not open another case "
         "for the same request, as this may delay our response.\n\nSincerely,\nAWS Training and Certification\n") % (CA, CA, OLD, NEW)
M("ack-a", "acknowledgement", False, CA, [OLD, NEW], TCF, ME_C, cs_subj(CA), d("2025-03-15 10:39"), ACK_A,
  cte="7bit", crlf=True,
  note="standard ack with 15-digit case; echoes form text with two candidate IDs and 'Please keep...' from the user; conditional reply invitation; CRLF")

M("github-merged", "unrelated", False, None, [], ("Kenta Oda", "notifications@github.com"), ME_C,
  "Re: [hoshikawa-sys/infra-modules] Fix IAM account merge script (PR #412)", d("2025-03-15 13:11"),
  "Merged #412 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/hoshikawa-sys/infra-modules/pull/412#event-16502231\n"
  "You are receiving this because you were mentioned.\n", cte="7bit",
  note="GitHub 'Merged' with 'account merge' words and 'Reply to this email'")

ACK_B = ("お問い合わせいただきありがとうございます。\n\nアマゾン ウェブ サービスへのお問い合わせについて、ケース %s をオープンしました。\n\n"
         "ケースの詳細は以下のとおりです。\n\nケース ID: %s\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: アカウントの統合\n"
         "内容:\n会社のアカウントを個人アカウントへ統合したいです。確認メールが届いていないようなので再送します。\n\n"
         "通常24時間以内に担当者よりご連絡いたします。追加の情報がございましたら、このメールにご返信ください。\n"
         "すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。対応が遅れる原因となります。\n\n"
         "AWS トレーニングと認定\n") % (CB, CB)
M("ack-b-dup", "acknowledgement", False, CB, [], TCF, ME_P, cs_subj(CB, "RE: "), d("2025-03-16 07:58"), ACK_B,
  cte="base64", lang="ja",
  note="duplicate form submission: second ack, Japanese, base64; 〜がございましたら…ご返信ください is conditional; 'RE: [CASE' spacing")

M("ooo-colleague", "unrelated", False, None, [], ("小田 健太", "k-oda@hoshikawa-sys.co.jp"), ME_C,
  "【自動返信】不在のお知らせ Re: 引き継ぎ資料について", d("2025-03-16 09:30", JST),
  "お疲れさまです。小田です。\n\n3月16日〜3月19日まで休暇のため不在にしております。\n"
  "急ぎのご用件の場合は、インフラチーム(infra@hoshikawa-sys.co.jp)までご連絡ください。\n"
  "戻り次第、ご返信いたします。\n\n※本メールは自動送信です。\n", cs="iso-2022-jp", cte="7bit", lang="ja",
  note="Japanese out-of-office auto-reply, ISO-2022-JP, 'ご連絡ください'")

M("certmetrics-feedback", "certification", False, None, [OLD], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
  "AWS Certification wants to hear from you", d("2025-03-17 02:15"),
  "Dear Yuto Sawamura,\n\nCandidate ID: %s\n\nAs an AWS Certified individual, your perspective matters. We are inviting a small group of "
  "certification holders to take part in a 15-minute survey about the AWS Certification program.\n\n"
  "Share your feedback: https://www.certmetrics.com/amazon/survey/start\n\nParticipation is voluntary. Please do not reply to this message; "
  "this mailbox is not monitored.\n\nThank you,\nAWS Certification\n" % OLD,
  html="<html><body><p>Dear Yuto Sawamura,</p><p>Candidate ID: %s</p><p>As an AWS Certified individual, your perspective matters. "
  "We are inviting a small group of certification holders to take part in a 15-minute survey about the AWS Certification program.</p>"
  "<p><a href=\"https://www.certmetrics.com/amazon/survey/start\">Share your feedback</a></p>"
  "<p>Participation is voluntary. Please do not reply to this message.</p></body></html>" % OLD,
  note="certmetrics feedback invitation (program survey, not a support survey); candidate ID in body")

ONHOLD_A = ("Hello Yuto,\n\nThank you for reaching out to AWS Training and Certification, and for the detailed description of your request.\n\n"
            "I have located both certification accounts. The account registered with y-sawamura@hoshikawa-sys.co.jp was created through "
            "AWS Partner Central and is associated with an AWS Partner Network (APN) organization, Hoshikawa Systems Co., Ltd. "
            "Certifications held on a partner-associated account count toward that partner's tier requirements, so we are not able to "
            "merge it into an individual account while you are still listed as an employee of the partner. Before anything is changed, "
            "the association has to be released by our APN operations team, and I have put your case on hold for that step.\n\n"
            "This is a normal part of the process and does not affect your exam history, certifications or benefits, which will all "
            "move with the merge.\n\nTo start the release, I need two things from you: are you leaving Hoshikawa Systems, and if so, "
            "what is your last working day?\n\nI'll keep an eye on this case.\n\nKind regards,\n\nMateus R.\n"
            "AWS Training and Certification Customer Support\n")
ONHOLD_A_HTML = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", "<br>") for p in ONHOLD_A.split("\n\n")) + "</body></html>"
M("onhold-apn-ask", "on_hold", True, CA, [], TCF, ME_C, cs_subj(CA), d("2025-03-17 08:44"), ONHOLD_A, html=ONHOLD_A_HTML,
  irt="ack-a", note="APN hold with the ask buried after a long explanation; bare question ('are you leaving... what is your last working day?'), 'I need two things'")

M("dup-closed", "resolved", False, CB, [], TCF, ME_P, cs_subj(CB), d("2025-03-17 09:02"),
  "Hello,\n\nThis request is already being handled under case %s, which was opened a day earlier for the same account merge. "
  "To avoid duplicate work, I have merged this case into that one and closed %s.\n\nNo further action is required on this case; "
  "all updates will be sent on case %s.\n\nThanks,\nMateus R.\nAWS Training and Certification Customer Support\n" % (CA, CB, CA),
  cte="7bit", irt="ack-b-dup",
  note="duplicate closed: mentions the other case number twice and the word 'merged' (of cases, not accounts); case is CB")

PHISH1 = ("<html><body style=\"font-family:Arial\"><img src=\"https://amazon-certsupport.com/static/aws-logo.png\" alt=\"aws\">"
          "<h3>Action required: verify your certification account</h3><p>Dear Candidate,</p>"
          "<p>Your request to merge accounts (Case %s) could not be processed because the identity of the account owner was not verified.</p>"
          "<p>To avoid losing your certifications, verify your login within <b>24 hours</b>:</p>"
          "<p><a href=\"https://amazon-certsupport.com/verify?c=%s\">Verify my account</a></p>"
          "<p>AWS Training &amp; Certification Security</p></body></html>") % (CA, CA)
M("phish-lookalike", "suspicious", False, None, [], ("AWS Training and Certification", "support@amazon-certsupport.com"), ME_C,
  "RE:[CASE %s] Action required: verify your certification account" % CA, d("2025-03-17 11:40"), None, PHISH1,
  note="lookalike domain, uses the real case number in subject and body, HTML-only urgent ask; passes auth for its own domain")

REPLY_A1 = ("Hello Mateus,\n\nYes, I am leaving Hoshikawa Systems. My last working day is March 31, 2025, and this mailbox will be "
            "closed after that date.\n\nThe account I want to keep is my personal one, yuto.sawamura.k@gmail.com (%s).\n\n"
            "Best regards,\nYuto Sawamura\nHoshikawa Systems Co., Ltd. | Cloud Infrastructure Group\n\n"
            % NEW) + oq("AWS Training and Certification <%s>" % TC, "Monday, March 17, 2025 5:44 PM", ME_C, cs_subj(CA), ONHOLD_A)
M("reply-a-leaving", "user_reply", False, CA, [NEW], ME_CF, TC, cs_subj(CA, "RE: "), d("2025-03-18 09:12", JST), REPLY_A1,
  irt=["ack-a", "onhold-apn-ask"], crlf=True, extra=["X-Mailer: Microsoft Outlook 16.0"],
  note="user reply from company address, Outlook '-----Original Message-----' quoting of the hold request")

M("aws-freetier", "unrelated", False, None, [], CONSOLE, ME_P,
  "AWS Notification - Free Tier limit alert", d("2025-03-18 04:05"),
  "Hello,\n\nYour AWS account %s has exceeded 85%% of the usage limit for one or more AWS Free Tier-eligible services for the month of March.\n\n"
  "[AWS ID %s]\n\nProduct: Amazon EC2\nUsage: 637 hours of 750 Hrs\n\nTo avoid charges, review your usage in the Billing console. "
  "You can also set up budgets to be notified before you incur charges.\n\nPlease do not reply to this email.\n\nSincerely,\nAmazon Web Services\n"
  % (ACCT, ACCT), cte="7bit",
  note="from no-reply-aws@amazon.com (same sender as console cases) but billing; 12-digit AWS account ID")

M("onhold-apn-wait", "on_hold", False, CA, [], TCF, ME_C, cs_subj(CA), d("2025-03-18 06:30"),
  "Hi Yuto,\n\nThanks for confirming. I've sent the release request to the APN operations team together with your last working day. "
  "They normally complete it within 2 to 3 business days, and your case stays on hold until they do.\n\n"
  "There's nothing you need to do right now. I'll write to you as soon as the partner association has been removed.\n\n"
  "Kind regards,\nMateus R.\nAWS Training and Certification Customer Support\n", cte="quoted-printable", irt=["ack-a", "onhold-apn-ask", "reply-a-leaving"],
  note="on hold waiting on APN team, explicitly nothing to do")

SUMMIT = ("沢村 悠斗 様\n\nいつも AWS をご利用いただきありがとうございます。\n\nAWS Summit Japan 2025 の事前登録を受け付けております。"
          "基調講演、200 を超えるセッション、AWS 認定ラウンジなど、今年も多数のコンテンツをご用意しています。\n\n"
          "▼ご登録はこちら\nhttps://aws.amazon.com/jp/summits/japan/\n\nAWS 認定をお持ちの方は、認定ラウンジにてノベルティをお受け取りいただけます。"
          "ご来場の際は認定証をご提示ください。\n\n※本メールは送信専用です。ご返信いただいてもお答えできませんのでご了承ください。\n"
          "配信停止をご希望の場合は、以下のリンクからお手続きください。\nhttps://pages.awscloud.com/unsubscribe\n\nアマゾン ウェブ サービス ジャパン合同会社\n")
M("summit-jp", "unrelated", False, None, [], ("アマゾン ウェブ サービス", "aws-marketing-email-replies@amazon.com"), ME_P,
  "【AWS Summit Japan 2025】事前登録受付中", d("2025-03-19 01:00"), SUMMIT, cs="shift_jis", cte="8bit", lang="ja",
  note="AWS marketing in Japanese, Shift_JIS 8bit; 'ご提示ください' and 'お手続きください' are not support asks")

M("update-apn-released", "case_update", False, CA, [], TCF, ME_C, cs_subj(CA), d("2025-03-20 02:48"),
  "Hello Yuto,\n\nGood news: the APN operations team has removed the partner association from your company certification account, "
  "so the hold on this case has been lifted.\n\nI've passed the case to a colleague on the account team, who will prepare the merge "
  "and contact you with the details of both accounts.\n\nRegards,\nMateus R.\nAWS Training and Certification Customer Support\n",
  cte="7bit", irt=["ack-a", "onhold-apn-ask", "reply-a-leaving", "onhold-apn-wait"],
  note="progress news after hold lifted (words 'hold' and 'contact you' present), asks nothing")

M("pearson-confirm", "unrelated", False, None, [], ("Pearson VUE", "PearsonVUEConfirmation@pearson.com"), ME_P,
  "Confirmation of your AWS Certified Security - Specialty exam appointment", d("2025-03-20 05:17"),
  "Dear Yuto Sawamura,\n\nThank you for scheduling your exam with Pearson VUE.\n\nExam: SCS-C02 AWS Certified Security - Specialty\n"
  "Registration ID: 481920374\nAppointment: Saturday, April 19, 2025 10:00 AM JST\nLocation: Online (OnVUE)\n\n"
  "Please run the system test before your exam day and make sure your name matches your ID exactly.\n"
  "If you need to reschedule, please do so at least 24 hours in advance.\n\nPearson VUE\n", cte="quoted-printable",
  note="exam vendor; 9-digit registration ID; several 'please' lines")

CONF_A_TXT = ("Hello Yuto,\n\nMy name is Priya and I'll be taking care of the merge from here.\n\nI found the following two certification "
              "accounts associated with you:\n\nAccount #1\nLogin email: yuto.sawamura.k@gmail.com\nTraining notification email: "
              "yuto.sawamura.k@gmail.com\nCertification notification email: yuto.sawamura.k@gmail.com\nCandidate ID: %s\n\n"
              "Account #2\nLogin email: y-sawamura@hoshikawa-sys.co.jp\nTraining notification email: y-sawamura@hoshikawa-sys.co.jp\n"
              "Certification notification email: y-sawamura@hoshikawa-sys.co.jp\nCandidate ID: %s\n\n"
              "Which of these should remain as your primary account? The other one will be merged into it and then deactivated.\n\n"
              "Thanks,\nPriya S.\nAWS Training and Certification Customer Support\n") % (NEW, OLD)
CONF_A_HTML = ("<html><head><style>td{border:1px solid #ccc;padding:4px}</style></head><body><p>Hello Yuto,</p>"
               "<p>My name is Priya and I'll be taking care of the merge from here.</p>"
               "<p>I found the following two certification accounts associated with you:</p>"
               "<table cellspacing=\"0\"><tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
               "<tr><td>Login email</td><td>yuto.sawamura.k@gmail.com</td><td>y-sawamura@hoshikawa-sys.co.jp</td></tr>"
               "<tr><td>Training notification email</td><td>yuto.sawamura.k@gmail.com</td><td>y-sawamura@hoshikawa-sys.co.jp</td></tr>"
               "<tr><td>Certification notification email</td><td>yuto.sawamura.k@gmail.com</td><td>y-sawamura@hoshikawa-sys.co.jp</td></tr>"
               "<tr><td>Candidate ID</td><td>%s</td><td>%s</td></tr></table>"
               "<p>Which of these should remain as your primary account? The other one will be merged into it and then deactivated.</p>"
               "<p>Thanks,<br>Priya S.<br>AWS Training and Certification Customer Support</p></body></html>") % (NEW, OLD)
M("confirm-a-table", "confirmation_request", True, CA, [NEW, OLD], TCF, ME_C, cs_subj(CA), d("2025-03-21 03:20"), None, CONF_A_HTML,
  crlf=True, irt=["ack-a", "onhold-apn-ask", "reply-a-leaving", "onhold-apn-wait", "update-apn-released"],
  note="HTML-only, Account #1/#2 in a table, request is a bare question without 'please' or 'confirm'; CRLF")

NEWS_JP = ("━━━━━━━━━━━━━━━━━━━━━━\n週刊クラウド通信 第318号\n━━━━━━━━━━━━━━━━━━━━━━\n\n"
           "■今週のトピック: 転職時に AWS 認定アカウントを引き継ぐには\n転職の際は、会社のメールアドレスで作成した認定アカウントを"
           "個人アカウントへ統合しておくと安心です。サポートから確認メールが届いたら、統合先のアカウントを返信してください。\n\n"
           "■読者アンケートにご協力ください\nhttps://cloud-tsushin.example.jp/enquete\n\n配信停止: https://cloud-tsushin.example.jp/stop\n")
M("newsletter-jp", "unrelated", False, None, [], ("週刊クラウド通信", "news@cloud-tsushin.example.jp"), ME_C,
  "週刊クラウド通信 第318号 ― 転職時の AWS 認定アカウント引き継ぎ", d("2025-03-21 08:00", JST), NEWS_JP,
  cs="iso-2022-jp", cte="7bit", lang="ja",
  note="Japanese newsletter, ISO-2022-JP, describes the merge process and says '返信してください' in an article")

M("it-mailbox-close", "unrelated", False, None, [], ("情報システム部", "it-helpdesk@hoshikawa-sys.co.jp"), ME_C,
  "【ご案内】退職に伴うメールアカウント停止について", d("2025-03-22 10:00", JST),
  "沢村 悠斗 さん\n\n情報システム部です。\n退職日(2025年3月31日)の18:00をもって、y-sawamura@hoshikawa-sys.co.jp のメールボックスを停止します。\n"
  "停止後は受信したメールを確認できなくなりますので、外部サービスに登録しているメールアドレスは事前に変更しておいてください。\n\n"
  "本メールへの返信は不要です。\n\n情報システム部 ヘルプデスク\n", cte="quoted-printable", lang="ja",
  note="company IT notice about mailbox closure; instruction to change addresses but '返信は不要'")

CLOSE_A = ("Hi Yuto,\n\nI'm following up on the message my colleague Priya sent on March 21 about which account to keep. "
           "We haven't received a response yet.\n\nIf we don't hear back from you within 3 business days, this case will be closed "
           "automatically. Just reply to this email and it will stay open.\n\nDaniel\nAWS Training and Certification Customer Support\n\n"
           "---------- Previous message ----------\n") + CONF_A_TXT
M("closing-a", "closing_notice", True, CA, [], TCF, ME_C, cs_subj(CA), d("2025-03-24 01:15"), CLOSE_A, cte="quoted-printable",
  irt=["ack-a", "confirm-a-table"],
  note="closing notice on top of the quoted confirmation request (candidate IDs only in the quoted part)")

REPLY_A2 = ("Confirmed. Please merge into Account #1.\n\nYuto\n\n" +
            oq("AWS Training and Certification <%s>" % TC, "Monday, March 24, 2025 10:15 AM", ME_C, cs_subj(CA), CLOSE_A))
M("reply-a-confirm-wrongaddr", "user_reply", False, CA, [], ME_CF, TC, cs_subj(CA, "RE: "), d("2025-03-24 11:02", JST), REPLY_A2,
  irt=["ack-a", "confirm-a-table", "closing-a"], crlf=True, extra=["X-Mailer: Microsoft Outlook 16.0"],
  note="short confirmation sent from the old company address; long quoted history with Account listing and candidate IDs (quoted only)")

INFO_A = ("Hello Yuto,\n\nThank you for confirming that Account #1 should be kept.\n\nFor security reasons we can only act on a merge "
          "confirmation that comes from the login email of the account that will remain. Your reply came from "
          "y-sawamura@hoshikawa-sys.co.jp, which belongs to Account #2.\n\nWe need you to send the same confirmation from "
          "yuto.sawamura.k@gmail.com, replying to this email and keeping the case number in the subject line. As soon as we have it, "
          "the merge will be completed.\n\nBest regards,\nPriya S.\nAWS Training and Certification Customer Support\n\n"
          "-----Original Message-----\nFrom: " + ME_C + "\n\nConfirmed. Please merge into Account #1.\n")
M("info-a-wrongaddr", "info_request", True, CA, [], TCF, ME_C, cs_subj(CA), d("2025-03-25 00:40"), INFO_A, cte="base64",
  irt=["ack-a", "confirm-a-table", "closing-a", "reply-a-confirm-wrongaddr"],
  note="asks to write again from the address on the account; 'We need you to', no 'please'; base64 body")

M("jira-handover", "unrelated", False, None, [], ("Jira", "jira@hoshikawa-sys.atlassian.net"), ME_C,
  "[JIRA] (OPS-2291) Handover: AWS certification accounts for leavers", d("2025-03-25 02:10"),
  "Kenta Oda changed the status to Resolved\n\nOPS-2291 Handover: AWS certification accounts for leavers\n\nResolution: Done\n"
  "Comment: Leavers must request the merge of their certification account before the mailbox is closed. Please confirm once done.\n\n"
  "This message was sent by Atlassian Jira.\n", cte="7bit",
  note="Jira 'Resolved' about certification accounts with 'Please confirm once done' inside a comment")

REPLY_A3 = ("Hello Priya,\n\nI'm writing from yuto.sawamura.k@gmail.com as requested. I confirm: please keep Account #1 "
            "(yuto.sawamura.k@gmail.com, %s) and merge Account #2 into it.\n\nThank you,\nYuto Sawamura\n\n" % NEW) + \
    gq("AWS Training and Certification <%s>" % TC, "Tue, Mar 25, 2025 at 9:40 AM", INFO_A)
M("reply-a-personal", "user_reply", False, CA, [NEW], ME_PF, TC, "Fwd: " + cs_subj(CA), d("2025-03-25 10:05", JST), REPLY_A3,
  cte="quoted-printable", irt=["ack-a", "confirm-a-table", "closing-a", "reply-a-confirm-wrongaddr", "info-a-wrongaddr"],
  note="user reply from the personal address, 'Fwd:' prefix, Gmail quoting of the request")

RES_A = ("Hello Yuto,\n\nI have successfully merged all accounts. Your exam history, certifications and benefits (including the 50%% "
         "exam voucher) are now on Account #1, yuto.sawamura.k@gmail.com. Account #2 has been deactivated.\n\n"
         "Your Credly badges may be re-issued to the new address over the next few days. No further action is required.\n\n"
         "How did we do? Take a one-minute survey: https://aws-tc-survey.amazon.com/s?case=%s\n\nAll the best,\nAna L.\n"
         "AWS Training and Certification Customer Support\n\n" % CA) + gq("Yuto Sawamura <%s>" % ME_P, "Tue, Mar 25, 2025 at 1:05 AM", REPLY_A3)
M("resolved-a", "resolved", False, CA, [], TCF, ME_P, cs_subj(CA), d("2025-03-26 00:14"), RES_A, cte="quoted-printable",
  irt=["ack-a", "confirm-a-table", "closing-a", "reply-a-confirm-wrongaddr", "info-a-wrongaddr", "reply-a-personal"],
  note="merge done, survey link footer, quotes the earlier info request 'We need you to send...' and user's confirmation")

BADGE = ("<html><body><table width=\"600\"><tr><td><h2>Congratulations, Yuto!</h2>"
         "<p>Amazon Web Services Training and Certification has issued you a badge: <b>%s</b>.</p>"
         "<p><a href=\"https://www.credly.com/badges/%s/accept\">Accept your badge</a></p>"
         "<p>Accepting lets you share it on LinkedIn and elsewhere.</p></td></tr></table></body></html>")
M("credly-saa", "badge", False, None, [], ("Credly", "admin@credly.com"), ME_P,
  "Amazon Web Services Training and Certification sent you a new badge", d("2025-03-26 00:30"),
  "Congratulations, Yuto!\n\nAmazon Web Services Training and Certification has issued you a badge: AWS Certified Solutions Architect - Associate.\n\n"
  "Accept your badge: https://www.credly.com/badges/6f1c2e94-7a1b-4c8e-9d33-2b7e1f0a5c41/accept\n",
  html=BADGE % ("AWS Certified Solutions Architect - Associate", "6f1c2e94-7a1b-4c8e-9d33-2b7e1f0a5c41"),
  note="Credly badge with 'Accept' call to action and UUID")

M("survey-a", "survey", False, CA, [], ("AWS Customer Experience", "aws-tc-survey@amazon.com"), ME_P,
  "Tell us about your recent support experience (Case %s)" % CA, d("2025-03-26 06:00"),
  "Hello,\n\nYour case %s with AWS Training and Certification was recently resolved.\n\nHow satisfied were you with the support you received?\n\n"
  "Very satisfied  |  Satisfied  |  Neutral  |  Dissatisfied  |  Very dissatisfied\n\nRate here: https://aws-tc-survey.amazon.com/s?case=%s\n\n"
  "This survey takes about one minute. Please do not reply to this email.\n" % (CA, CA), cte="7bit",
  note="survey with case number and a question")

M("credly-dva", "badge", False, None, [], ("Credly", "admin@credly.com"), ME_P,
  "Your AWS Certified Developer - Associate badge is waiting", d("2025-03-27 00:30"),
  None, BADGE % ("AWS Certified Developer - Associate", "0b9d7e55-3c22-41e7-a1f0-9e84c6d2b713"), cte="base64",
  note="HTML-only Credly reminder, base64")

M("certmetrics-benefits", "certification", False, None, [NEW], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Your AWS Certification benefits are available", d("2025-03-27 03:00"),
  "Hello Yuto Sawamura,\n\nCandidate ID: %s\n\nYour certification benefits have been updated. You now have: 50%% discount voucher for your next exam, "
  "access to AWS Certified Global Community, and digital badges.\n\nSign in to your AWS Certification Account to view them.\n\n"
  "This is an automated message; please do not reply.\n" % NEW, cte="7bit",
  note="certmetrics benefits notice after the merge; candidate ID")

M("phish-dmarcfail", "suspicious", False, None, [], TCF, ME_P, cs_subj(CA), d("2025-03-28 07:51"),
  "Hello,\n\nWe were unable to complete the merge of your accounts because your identity could not be verified. Kindly reply to this "
  "email with the password of your AWS Builder ID and your date of birth so that we can finish the process.\n\nIf we do not "
  "receive this information within 48 hours, your certifications will be lost.\n\nAWS Training and Certification Customer Support\n",
  cte="7bit", fail=True,
  note="genuine sender and real case subject but dkim/spf/dmarc fail in Authentication-Results; 'Kindly reply' request")

M("vendor-case-closed", "unrelated", False, None, [], ("Kumo Monitor Support", "support@kumomonitor.io"), ME_P,
  "[Kumo Monitor] Case 00482913 has been closed", d("2025-03-29 12:00"),
  "Hi Yuto,\n\nWe haven't heard from you in 7 days, so we've closed case 00482913 (Agent install fails on Amazon Linux 2023).\n\n"
  "If you still need help, just reply to this email and the case will be reopened.\n\nKumo Monitor Support\n", cte="7bit",
  note="other vendor's closing notice with 'reply to reopen' and a case number")

ACK_E = ("Hello,\n\nWe have opened case %s to address your issue.\n\nThe details of your case are as follows:\n\nCase ID: %s\n"
         "Subject: Missing exam voucher after certification account merge\nSeverity: General guidance\nCorrespondence: After my two "
         "certification accounts were merged, the 50%% exam voucher no longer shows in the Benefits page.\n\n[AWS ID %s]\n") % (CE, CE, ACCT)
M("ack-e-console", "acknowledgement", False, CE, [], CONSOLE, ME_P, "Amazon Web Services: New Support case: %s" % CE,
  d("2025-04-01 03:12"), ACK_E + CONSOLE_FOOT % CE, cte="7bit",
  note="console 'New Support case' ack, 11-digit case, 12-digit AWS ID, feedback footer; cannot be answered by email")

M("awsapps-code", "unrelated", False, None, [], ("AWS", "no-reply@login.awsapps.com"), ME_P,
  "Your verification code", d("2025-04-01 03:20"),
  "Verification code: 258846\n\nEnter this code to sign in. If you did not request it, please ignore this message.\n", cte="7bit",
  note="sign-in one-time code")

INFO_E = ("Hello,\n\nThank you for contacting AWS Support. I understand the 50% exam voucher disappeared after your certification "
          "accounts were merged; vouchers are tied to the candidate record, so occasionally they stay on the deactivated account.\n\n"
          "To move it, could you let us know the candidate ID of the account the voucher was originally issued to, and the voucher code "
          "if you noted it down? Please add this to the case from the Support Center, as this email address cannot receive replies.\n\n"
          "Best regards,\n\nHye-jin K.\nAmazon Web Services\n")
M("info-e-console", "info_request", True, CE, [], CONSOLE, ME_P,
  "RE:[CASE %s] Missing exam voucher after certification account merge" % CE, d("2025-04-02 01:40"),
  INFO_E + CONSOLE_FOOT % CE, cte="quoted-printable", irt="ack-e-console",
  note="console case request ('could you let us know') with 'We value your feedback' footer; must be answered in Support Center")

REPLY_E = ("Hi,\n\nThe voucher was on my old account, candidate ID %s. I don't have the code anymore. My current account is %s.\n\nYuto\n\n"
           % (OLD, NEW)) + gq("Amazon Web Services <%s>" % NOREPLY, "Wed, Apr 2, 2025 at 10:40 AM", INFO_E)
M("reply-e-email", "user_reply", False, CE, [OLD, NEW], ME_PF, NOREPLY,
  "Re: RE:[CASE %s] Missing exam voucher after certification account merge" % CE, d("2025-04-02 11:02", JST), REPLY_E,
  cte="8bit", irt=["ack-e-console", "info-e-console"],
  note="user answers a console case by email (wrong channel); two candidate IDs in own text, 'Re: RE:'")

M("bounce-noreply", "unrelated", False, None, [], ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
  "Delivery Status Notification (Failure)", d("2025-04-02 02:03"),
  "** Address not found **\n\nYour message wasn't delivered to no-reply-aws@amazon.com because the address couldn't be found, or is unable to "
  "receive mail.\n\nThe response from the remote server was:\n550 5.1.1 This mailbox does not accept incoming mail\n\n"
  "----- Original message -----\nSubject: Re: RE:[CASE %s] Missing exam voucher after certification account merge\n\n"
  "The voucher was on my old account, candidate ID %s.\n" % (CE, OLD), cte="7bit",
  note="bounce for the wrong-channel reply; quotes case number and candidate ID only in the returned original")

M("certmetrics-expiry", "certification", False, None, [NEW], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Your AWS Certified Cloud Practitioner certification expires in 90 days", d("2025-04-03 02:00"),
  "Hello Yuto Sawamura,\n\nCandidate ID: %s\n\nYour AWS Certified Cloud Practitioner certification will expire on July 2, 2025. "
  "To keep it active, pass the current version of the exam or a higher-level certification before that date.\n\n"
  "Please do not reply to this email.\n\nAWS Certification\n" % NEW,
  html="<html><body><p>Hello Yuto Sawamura,</p><p>Candidate ID: %s</p><p>Your <b>AWS Certified Cloud Practitioner</b> certification will "
  "expire on <b>July 2, 2025</b>.</p><p>To keep it active, pass the current version of the exam before that date.</p></body></html>" % NEW,
  note="certification expiry notice; 'To keep it active' action but not support")

CLOSE_E = ("Hello,\n\nWe haven't heard back from you regarding case %s. If we don't receive a response, this case will be resolved "
           "automatically in 3 days.\n\nIf your question is still open, please sign in to the Support Center and reply to this case there.\n\n"
           "Best regards,\nAmazon Web Services\n") % CE
M("closing-e-console", "closing_notice", True, CE, [], CONSOLE, ME_P,
  "RE:[CASE %s] Missing exam voucher after certification account merge" % CE, d("2025-04-04 05:00"), CLOSE_E + CONSOLE_FOOT % CE,
  cte="7bit", irt=["ack-e-console", "info-e-console"],
  note="console closing notice (auto-resolve) after the user answered by email into the void; feedback footer")

M("amazon-jp-ship", "unrelated", False, None, [], ("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME_P,
  "Amazon.co.jp ご注文の発送のお知らせ", d("2025-04-04 08:00"),
  "沢村 悠斗 様\n\nご注文いただいた商品を発送しました。\n\n注文番号: 249-5813307-4410261\nお届け予定: 4月6日(日)\n\n"
  "配送状況は「注文履歴」からご確認ください。\n\nAmazon.co.jp\n", cte="quoted-printable", lang="ja",
  note="Amazon.co.jp shipping notice (amazon domain but not AWS), long order number")

RES_E = ("Hello,\n\nThank you for adding the details in the Support Center. I've moved the 50% exam voucher from the deactivated account "
         "to your current certification account; it's visible under Benefits now.\n\nThis case is resolved. If you have more questions "
         "on this same issue, you can reopen it from the Support Center within 14 days.\n\nBest regards,\n\nHye-jin K.\nAmazon Web Services\n")
M("resolved-e-console", "resolved", False, CE, [], CONSOLE, ME_P,
  "RE:[CASE %s] Missing exam voucher after certification account merge" % CE, d("2025-04-05 02:30"), RES_E + CONSOLE_FOOT % CE,
  cte="quoted-printable", irt=["ack-e-console", "info-e-console", "closing-e-console"],
  note="console resolution with reopen-within-14-days wording and feedback/reply footer")

M("survey-e-console", "survey", False, CE, [], CONSOLE, ME_P,
  "Amazon Web Services: How did we do on case %s?" % CE, d("2025-04-05 09:00"),
  "Hello,\n\nYour support case %s was recently resolved. Would you take a moment to rate the support you received?\n\n"
  "Rate your experience: https://console.aws.amazon.com/support/feedback?displayId=%s\n\nThank you,\nAWS Support\n" % (CE, CE),
  cte="7bit", note="console survey with displayId and a question")

REOPEN = ("Hello Ana,\n\nThe merge looked fine at first, but my Credly profile still shows the Solutions Architect badge as issued to "
          "y-sawamura@hoshikawa-sys.co.jp and it's marked as expired. That mailbox no longer exists. Could you take another look?\n\nThanks,\nYuto\n\n") + \
    jq("AWS Training and Certification <%s>" % TC, "2025年3月26日(水) 9:14", RES_A)
M("reply-a-reopen", "user_reply", False, CA, [], ME_PF, TC, cs_subj(CA, "Re: RE:"), d("2025-04-07 21:30", JST), REOPEN, cte="8bit",
  irt=["ack-a", "reply-a-personal", "resolved-a"],
  note="user reopens resolved case with a question to support; Gmail Japanese reply header; quoted resolution and older request")

M("update-a-reopened", "case_update", False, CA, [], TCF, ME_P, cs_subj(CA), d("2025-04-08 00:05"),
  "Hello,\n\nYour case %s has been reopened and is back in our queue. An agent will review the new information you sent and reply "
  "on this case.\n\nAWS Training and Certification\n" % CA, cte="7bit", irt=["resolved-a", "reply-a-reopen"],
  note="system 'reopened' notice; mentions reply/review but asks nothing")

INFO_A_JP = ("沢村 様\n\nAWS トレーニングと認定サポートの田中と申します。以降は日本語にてご案内いたします。\n\n"
             "ご連絡いただいた Credly バッジの件について確認いたしました。統合後の認定アカウント(%s)には認定資格が正しく移行されておりますが、"
             "Credly 側では旧メールアドレスに紐づいたバッジが残っており、新しいバッジとの関連付けがされていない状態です。"
             "Credly のアカウントは認定アカウントとは別に管理されているため、こちらで紐付けを変更するにはお客様の Credly アカウントの情報が必要となります。\n\n"
             "つきましては、現在ご利用中の Credly アカウントに登録されているメールアドレスをお知らせいただけますでしょうか。\n"
             "あわせて、旧メールアドレスを Credly アカウントのセカンダリメールとして追加済みかどうかもご教示いただけますと幸いです。\n\n"
             "お手数をおかけいたしますが、何卒よろしくお願いいたします。\n\n田中 恵子\nAWS トレーニングと認定 カスタマーサポート\n") % NEW
M("info-a-jp-credly", "info_request", True, CA, [NEW], TCF, ME_P, cs_subj(CA), d("2025-04-09 01:30"), INFO_A_JP,
  cs="iso-2022-jp", cte="7bit", irt=["resolved-a", "reply-a-reopen", "update-a-reopened"], lang="ja",
  note="Japanese keigo request (〜いただけますでしょうか, ご教示いただけますと幸いです) after a long explanation; ISO-2022-JP; reopened case")

REPLY_A_JP = ("田中様\n\nご連絡ありがとうございます。\nCredly に登録しているメールアドレスは yuto.sawamura.k@gmail.com です。\n"
              "旧アドレスはセカンダリメールとして追加していません(すでに受信できないため確認コードが受け取れません)。\n\n"
              "よろしくお願いいたします。\n沢村 悠斗\n\n") + jq("AWS Training and Certification <%s>" % TC, "2025年4月9日(水) 10:30", INFO_A_JP)
M("reply-a-jp", "user_reply", False, CA, [], ME_PF, TC, cs_subj(CA, "Re: "), d("2025-04-09 12:48", JST), REPLY_A_JP, cte="8bit",
  irt=["reply-a-reopen", "info-a-jp-credly"], lang="ja",
  note="Japanese user reply, UTF-8 8bit, 〜より-style quote of the request including candidate ID (quoted)")

RES_A_JP = ("沢村 様\n\nご回答いただきありがとうございます。\n\nCredly 側の関連付けを更新し、ソリューションアーキテクト – アソシエイトのバッジを "
            "yuto.sawamura.k@gmail.com 宛てに再発行いたしました。数時間以内に Credly から受け取りのご案内メールが届きます。\n\n"
            "本件はこれにて完了とさせていただきます。ほかにご不明な点がございましたら、本メールにご返信ください。\n\n"
            "田中 恵子\nAWS トレーニングと認定 カスタマーサポート\n\n") + jq("沢村 悠斗 <%s>" % ME_P, "2025年4月9日(水) 12:48", REPLY_A_JP)
M("resolved-a-jp", "resolved", False, CA, [], TCF, ME_P, cs_subj(CA), d("2025-04-10 02:10"), RES_A_JP, cte="base64",
  irt=["reply-a-reopen", "info-a-jp-credly", "reply-a-jp"], lang="ja",
  note="Japanese resolution with conditional 〜がございましたら…ご返信ください, quotes the earlier keigo request; base64")

M("credly-reissued", "badge", False, None, [], ("Credly", "admin@credly.com"), ME_P,
  "Your badge has been reissued: AWS Certified Solutions Architect - Associate", d("2025-04-10 04:00"),
  "Hi Yuto,\n\nAmazon Web Services Training and Certification has reissued your badge to this email address.\n"
  "Claim it here: https://www.credly.com/badges/91a0c3f2-55d8-4b6e-8e0f-c47b2a1d9e36/accept\n\nThe Credly Team\n", cte="7bit",
  note="Credly reissue, follows support resolution")

M("skillbuilder-receipt", "unrelated", False, None, [], ("AWS Skill Builder", "no-reply@aws.training"), ME_P,
  "Your AWS Skill Builder subscription receipt", d("2025-04-11 00:00"),
  "Thank you for your purchase.\n\nPlan: AWS Skill Builder Individual (monthly)\nAmount: USD 29.00\nOrder: SB-2025-0411-77310\n\n"
  "Manage your subscription in your account settings.\n", cte="7bit", note="Skill Builder receipt")

ACK_D = ("Hello,\n\nWe've received your request and created a support case.\n\nCase ID: %s\n\nYour message:\nWhen I sign in through AWS Partner "
         "Central I land on a third certification account. Please merge it into my personal account too.\n\n"
         "We aim to respond within 24 hours. Opening another case for the same request may delay our response.\n\n"
         "AWS Training and Certification\n") % CD
M("ack-d", "acknowledgement", False, CD, [], TCF, ME_P, cs_subj(CD), d("2025-04-14 06:22"), ACK_D, cte="quoted-printable",
  note="ack with different wording ('created a support case'), 10-digit case, 'Please merge' inside echoed user text")

M("builder-code-2", "unrelated", False, None, [], ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "AWS Builder ID sign-in verification", d("2025-04-14 06:40"),
  "Your AWS Builder ID verification code is 604219. It expires in 10 minutes.\n", cte="7bit", note="6-digit code")

INFO_D = ("Hi Yuto,\n\nKenji here from the accounts team. I searched by your name and personal email and can only find Account %s "
          "(yuto.sawamura.k@gmail.com) and the already-deactivated company account. The Partner Central login you describe is not "
          "linked to either of them.\n\nTo trace it, we need the candidate ID shown on the profile page of that third account and the email "
          "address Partner Central uses for your sign-in.\n\nKenji\nAWS Training and Certification Customer Support\n") % NEW
M("info-d", "info_request", True, CD, [NEW], TCF, ME_P, cs_subj(CD), d("2025-04-15 02:05"), INFO_D, cte="7bit", irt="ack-d",
  note="info request phrased as 'we need...' statement, no please and no question mark")

M("newsletter-en", "unrelated", False, None, [], ("Cloud Career Weekly", "hello@cloudcareerweekly.example.com"), ME_P,
  "Changing jobs? Don't lose your AWS certifications", d("2025-04-15 13:00"),
  "This week: how to move your AWS certifications to a personal account before you leave.\n\n1. File the Account Merge form.\n"
  "2. When support asks which account to keep, reply promptly - cases close after a few days of silence.\n\n"
  "Got a story? Hit reply and tell us!\n\nUnsubscribe: https://cloudcareerweekly.example.com/u\n", cte="7bit",
  note="newsletter explaining the process, 'Hit reply and tell us'")

REPLY_D = ("Hi Kenji,\n\nThe third account shows candidate ID %s. Partner Central signs me in with y.sawamura@hoshikawa-sys.co.jp "
           "(with a dot, which is an old alias of my company address).\n\nThanks,\nYuto\n\n") % THIRD + \
    gq("AWS Training and Certification <%s>" % TC, "Tue, Apr 15, 2025 at 11:05 AM", INFO_D)
M("reply-d-nosubj", "user_reply", False, CD, [THIRD], ME_PF, TC, "Re: third certification account", d("2025-04-16 08:30", JST),
  REPLY_D, cte="quoted-printable", irt=["ack-d", "info-d"],
  note="user reply threaded only by In-Reply-To/References (subject changed, no case number); candidate ID in own text, another in quote")

PHISH_JP = ("<html><body><p>AWS 認定をご利用のお客様</p><p>お客様のアカウント統合リクエストが保留されています。"
            "24時間以内に以下のリンクからログインし、本人確認を完了してください。完了されない場合、保有資格はすべて失効します。</p>"
            "<p><a href=\"https://aws-training-certification.net/login\">本人確認を行う</a></p><p>AWS トレーニングと認定 サポートチーム</p></body></html>")
M("phish-jp", "suspicious", False, None, [], ("AWS トレーニングと認定", "support@aws-training-certification.net"), ME_P,
  "【重要】AWS認定アカウントの統合が保留されています", d("2025-04-16 10:12"), None, PHISH_JP, cte="base64", lang="ja",
  note="Japanese phishing from lookalike domain, HTML-only base64, 'hold' wording (保留)")

CONF_D_TXT = ("沢村 様\n\nお問い合わせいただいた 3 つ目の認定アカウントを特定いたしました。現在の状況は以下のとおりです。\n\n"
              "アカウント #1\n  ログインメール: yuto.sawamura.k@gmail.com\n  候補者 ID: %s\n"
              "アカウント #2\n  ログインメール: y.sawamura@hoshikawa-sys.co.jp(AWS Partner Central 経由)\n  候補者 ID: %s\n\n"
              "アカウント #2 の試験履歴をアカウント #1 に統合し、アカウント #2 を無効化してよろしいでしょうか。"
              "問題がなければ、その旨を本メールにご返信いただきますようお願いいたします。\n\n"
              "何卒よろしくお願いいたします。\n\n健二\nAWS トレーニングと認定 カスタマーサポート\n") % (NEW, THIRD)
CONF_D_HTML = ("<html><body><p>沢村 様</p><p>お問い合わせいただいた 3 つ目の認定アカウントを特定いたしました。現在の状況は以下のとおりです。</p>"
               "<table border=\"1\" cellpadding=\"4\"><tr><th></th><th>ログインメール</th><th>候補者 ID</th></tr>"
               "<tr><td>アカウント #1</td><td>yuto.sawamura.k@gmail.com</td><td>%s</td></tr>"
               "<tr><td>アカウント #2</td><td>y.sawamura@hoshikawa-sys.co.jp(AWS Partner Central 経由)</td><td>%s</td></tr></table>"
               "<p>アカウント #2 の試験履歴をアカウント #1 に統合し、アカウント #2 を無効化してよろしいでしょうか。"
               "問題がなければ、その旨を本メールにご返信いただきますようお願いいたします。</p>"
               "<p>何卒よろしくお願いいたします。</p><p>健二<br>AWS トレーニングと認定 カスタマーサポート</p></body></html>") % (NEW, THIRD)
M("confirm-d-jp", "confirmation_request", True, CD, [NEW, THIRD], TCF, ME_P, cs_subj(CD), d("2025-04-17 03:40"), CONF_D_TXT,
  html=CONF_D_HTML, cs="iso-2022-jp", cte="7bit", hcs="utf-8", hcte="quoted-printable",
  irt=["ack-d", "info-d", "reply-d-nosubj"], lang="ja",
  note="Japanese keigo confirmation, multipart/alternative with ISO-2022-JP text and UTF-8 QP HTML table")

M("pearson-reminder-jp", "unrelated", False, None, [], ("ピアソンVUE", "PearsonVUEConfirmation@pearson.com"), ME_P,
  "試験予約のリマインダー: AWS Certified Security - Specialty", d("2025-04-18 00:00"),
  "沢村 悠斗 様\n\n試験日が近づいてまいりました。\n\n試験: SCS-C02\n登録 ID: 481920374\n日時: 2025年4月19日 10:00 (JST)\n\n"
  "受験前に必ずシステムテストを実施してください。本人確認書類の氏名と登録氏名が一致していることをご確認ください。\n\nピアソンVUE\n",
  cs="shift_jis", cte="base64", lang="ja",
  note="exam vendor reminder in Japanese, Shift_JIS base64, 9-digit registration ID, 〜ください instructions")

CLOSE_D = ("沢村 様\n\n4月17日にお送りしたアカウント統合の確認について、まだご返信をいただいておりません。\n"
           "3営業日以内にご返信がない場合、本ケースはクローズとなります。ご返信いただければケースはオープンのまま継続いたします。\n\n"
           "AWS トレーニングと認定 カスタマーサポート\n")
M("closing-d-jp", "closing_notice", True, CD, [], TCF, ME_P, cs_subj(CD), d("2025-04-21 01:03"), CLOSE_D, cte="quoted-printable",
  irt=["ack-d", "confirm-d-jp"], lang="ja", crlf=True,
  note="Japanese closing notice without any ください; CRLF")

M("ooo-en", "unrelated", False, None, [], ("Kenta Oda", "k-oda@hoshikawa-sys.co.jp"), ME_P,
  "Automatic reply: farewell drinks photos", d("2025-04-21 02:00"),
  "Thank you for your message. I am away until April 28 with limited access to email. For urgent matters please contact "
  "infra@hoshikawa-sys.co.jp.\n", cte="7bit", note="English out-of-office auto-reply to personal address")

REPLY_D2 = ("確認しました。アカウント #2 をアカウント #1 に統合してください。\n\n沢村\n\n") + \
    jq("AWS Training and Certification <%s>" % TC, "2025年4月21日(月) 10:03", CLOSE_D)
M("reply-d-jp", "user_reply", False, CD, [], ME_PF, TC, cs_subj(CD, "Re: "), d("2025-04-22 07:15", JST), REPLY_D2, cte="8bit",
  irt=["ack-d", "confirm-d-jp", "closing-d-jp"], lang="ja",
  note="short Japanese confirmation with 〜ください addressed to support (user reply, not a request to the user)")

RES_D_HTML = ("<html><body><p>Hi Yuto,</p><p>Done - the Partner Central profile is now consolidated into your personal account:</p>"
              "<table border=\"1\" cellpadding=\"3\"><tr><td>Remaining account</td><td>yuto.sawamura.k@gmail.com</td></tr>"
              "<tr><td>Candidate ID</td><td>%s</td></tr><tr><td>Merged in</td><td>%s</td></tr><tr><td>Status</td><td>Completed</td></tr></table>"
              "<p>Case closed. Thanks for your patience!</p><p>Kenji<br>AWS Training and Certification Customer Support</p>"
              "<hr><p style=\"color:#777\">Was this answer helpful? <a href=\"https://aws-tc-survey.amazon.com/s?case=%s\">Yes</a> | "
              "<a href=\"https://aws-tc-survey.amazon.com/s?case=%s&amp;r=no\">No</a></p></body></html>") % (NEW, THIRD, CD, CD)
M("resolved-d-html", "resolved", False, CD, [NEW, THIRD], TCF, ME_P, "RE: Re: third certification account", d("2025-04-22 09:00"),
  None, RES_D_HTML, cte="quoted-printable", irt=["ack-d", "info-d", "reply-d-nosubj", "confirm-d-jp", "closing-d-jp", "reply-d-jp"],
  note="HTML-only terse resolution, subject without case number (threaded by References only), 'Was this answer helpful?' footer")

M("survey-d-jp", "survey", False, CD, [], ("AWS カスタマーエクスペリエンス", "aws-tc-survey@amazon.com"), ME_P,
  "サポート対応に関するアンケートのお願い(ケース %s)" % CD, d("2025-04-23 01:00"),
  "沢村 様\n\n先日はAWS トレーニングと認定サポートをご利用いただきありがとうございました。\nケース %s の対応について、"
  "1分程度のアンケートにご協力いただけますと幸いです。\n\nhttps://aws-tc-survey.amazon.com/s?case=%s&lang=ja\n\n"
  "※本メールは送信専用アドレスから配信しています。\n" % (CD, CD), cte="base64", lang="ja",
  note="Japanese survey with keigo request phrasing")

M("certmetrics-recert", "certification", False, None, [NEW], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Congratulations on recertifying your AWS Certification!", d("2025-04-24 06:00"),
  "Hello Yuto Sawamura,\n\nCandidate ID: %s\n\nCongratulations! You have successfully recertified AWS Certified Solutions Architect - "
  "Associate. Your new expiration date is April 24, 2028.\n\nYour digital badge will be issued through Credly shortly.\n" % NEW,
  cte="7bit", note="recertification notice")

FWD = ("Hi Yuto,\n\nWelcome aboard! For our APN partner records, can you confirm which email your AWS certifications are registered under? "
       "I found this old mail from your onboarding pack - is Account #1 still the right one?\n\nThanks,\nMisaki (Training coordinator, "
       "Mizunara Labs)\n\n---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\nDate: Fri, Mar 21, 2025\n"
       "Subject: %s\n\n" % (TC, cs_subj(CA))) + CONF_A_TXT
M("fwd-newemployer", "unrelated", False, None, [], ("Misaki Hayashi", "m-hayashi@mizunara-labs.co.jp"), ME_P,
  "Fwd: " + cs_subj(CA), d("2025-04-25 01:30"), FWD, cte="quoted-printable",
  note="new employer forwards the old confirmation request and asks a question; not support, not a case mail")

ACK_G = ("お問い合わせいただきありがとうございます。\n\nケース %s をオープンいたしました。\n\nケースの詳細:\n"
         "ケース ID: %s\nお問い合わせタイプ: AWS トレーニングと認定\nその他の詳細: 氏名の変更\n\n"
         "通常24時間以内に担当者よりご連絡いたします。\n"
         "すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n\nAWS トレーニングと認定\n") % (CG, CG)
M("ack-g-sjis", "acknowledgement", False, CG, [], TCF, ME_P, cs_subj(CG), d("2025-04-28 06:27"), ACK_G, cs="shift_jis", cte="8bit",
  lang="ja", note="Japanese ack in Shift_JIS 8bit, 15-digit case")

M("signin-alert", "unrelated", False, None, [], ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "New sign-in to your AWS Builder ID", d("2025-04-28 06:30"),
  "We noticed a new sign-in to your AWS Builder ID from Chrome on macOS (Tokyo, JP).\n\nIf this was you, no action is needed. "
  "If not, reset your password immediately.\n", cte="7bit", note="security alert from real AWS domain")

INFO_G = ("Hello Yuto,\n\nThanks for your request to correct the name on your certification account. I've checked the profile: the first "
          "name is currently stored as \"Yuuto\" (from your original company registration), and exam delivery requires it to match your "
          "government-issued ID exactly.\n\nI can make the change today. What is the exact spelling of your name, in Latin characters, as "
          "printed on your passport or driver's license?\n\nOlusegun A.\nAWS Training and Certification Customer Support\n")
M("info-g-mixed", "info_request", True, CG, [], TCF, ME_P, cs_subj(CG), d("2025-04-29 04:15"), INFO_G, cte="quoted-printable",
  irt="ack-g-sjis", note="mixed progress news plus a bare question at the end")

M("marketing-exam", "unrelated", False, None, [], ("AWS Training and Certification", "aws-marketing-email-replies@amazon.com"), ME_P,
  "Last chance: get certified before June 30", d("2025-04-30 16:00"),
  "Hi Yuto,\n\nReady for your next AWS Certification? Schedule your exam before June 30 and get a free retake.\n\n"
  "Schedule now: https://aws.amazon.com/certification/\n\nYou are receiving this email because you opted in to AWS Training and "
  "Certification communications. Unsubscribe.\n",
  html="<html><body><h2>Ready for your next AWS Certification?</h2><p>Schedule your exam before June 30 and get a free retake.</p>"
  "<p><a href=\"https://aws.amazon.com/certification/\">Schedule now</a></p><p style=\"font-size:10px\">Unsubscribe</p></body></html>",
  note="AWS T&C marketing with same display name as support")

M("closing-g-1", "closing_notice", True, CG, [], TCF, ME_P, cs_subj(CG), d("2025-05-01 03:00"),
  "Hi Yuto,\n\nJust checking in - your name change is still waiting on the spelling from your ID. I'll keep the case open for another "
  "48 hours, after which it will close on its own. A quick reply is all it takes to keep it going.\n\nOlusegun A.\n"
  "AWS Training and Certification Customer Support\n", cte="7bit", irt=["ack-g-sjis", "info-g-mixed"],
  note="casual closing notice: no 'close due to no response' stock phrase, 'A quick reply is all it takes'")

M("phish-certmetrics", "suspicious", False, None, [], ("AWS Certification", "do-not-reply@certmetrics-support.com"), ME_P,
  "Your AWS Certification will be revoked", d("2025-05-02 09:09"), None,
  "<html><body><p>Dear candidate,</p><p>Due to a duplicate account detected during a recent merge, your AWS Certification will be revoked "
  "in 3 days.</p><p>Candidate ID: AWS11829305</p><p><a href=\"https://certmetrics-support.com/appeal\">Submit an appeal</a></p></body></html>",
  cte="quoted-printable",
  note="certmetrics lookalike domain, HTML-only, mentions merge and a (real) candidate ID; labelled with no candidate IDs? no - kept below")

CLOSE_G2 = ("Hello,\n\nYour case %s has been closed because we did not receive a reply to our last message.\n\nIf you still need help "
            "with this request, simply reply to this email within 14 days and the case will be reopened automatically.\n\n"
            "AWS Training and Certification\n") % CG
M("closing-g-closed", "closing_notice", True, CG, [], TCF, ME_P, cs_subj(CG), d("2025-05-03 03:00"), CLOSE_G2, cte="7bit",
  irt=["ack-g-sjis", "info-g-mixed", "closing-g-1"], crlf=True,
  note="'has been closed' notice (past tense) where a reply reopens it")

REPLY_G = ("Sorry for the slow reply - I was travelling. My passport reads: YUTO SAWAMURA (first name Yuto, family name Sawamura).\n\n"
           "Yuto\n\n") + gq("AWS Training and Certification <%s>" % TC, "Sat, May 3, 2025 at 12:00 PM", CLOSE_G2)
M("reply-g", "user_reply", False, CG, [], ME_PF, TC, cs_subj(CG, "Re: "), d("2025-05-03 22:40", JST), REPLY_G, cte="quoted-printable",
  irt=["info-g-mixed", "closing-g-1", "closing-g-closed"], note="user reply that reopens a closed case")

M("onhold-g-jp", "on_hold", False, CG, [], TCF, ME_P, cs_subj(CG), d("2025-05-04 05:30"),
  "沢村 様\n\nご返信ありがとうございます。ケースを再開いたしました。\n\n氏名の変更は試験配信チームでの処理が必要となるため、"
  "現在同チームからの回答を待っております。通常 2〜3 営業日ほどかかります。\n\n現時点でお客様にご対応いただく事項はございません。"
  "進捗がございましたら改めてご連絡いたします。\n\nAWS トレーニングと認定 カスタマーサポート\n",
  cs="iso-2022-jp", cte="7bit", irt=["closing-g-closed", "reply-g"], lang="ja",
  note="Japanese on-hold (waiting on exam delivery team), explicitly nothing for the user; mentions reopening")

M("resolved-g", "resolved", False, CG, [], TCF, ME_P, cs_subj(CG), d("2025-05-06 02:00"),
  "Hello Yuto,\n\nThe exam delivery team has updated your name to Yuto Sawamura, and the change is now visible on your certification "
  "profile and certificates. This case is now resolved.\n\nWe'd love to hear how we did - please take 1 minute to rate your experience: "
  "https://aws-tc-survey.amazon.com/s?case=%s\n\nOlusegun A.\nAWS Training and Certification Customer Support\n" % CG,
  html="<html><body><p>Hello Yuto,</p><p>The exam delivery team has updated your name to <b>Yuto Sawamura</b>, and the change is now "
  "visible on your certification profile and certificates. This case is now resolved.</p><p>We'd love to hear how we did - please "
  "take 1 minute to <a href=\"https://aws-tc-survey.amazon.com/s?case=%s\">rate your experience</a>.</p><p>Olusegun A.</p></body></html>" % CG,
  irt=["reply-g", "onhold-g-jp"], note="resolution with a 'please take 1 minute to rate' survey request inside")

M("certmetrics-cert", "certification", False, None, [], ("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
  "Your updated AWS Certification certificate is available", d("2025-05-06 03:00"),
  "Hello Yuto Sawamura,\n\nYour profile name has changed, so we have regenerated your certificates. Download them from your AWS "
  "Certification Account under Certifications.\n\nThis is an automated message.\n", cte="7bit", note="certmetrics certificate notice")

M("survey-g", "survey", False, CG, [], ("AWS Customer Experience", "aws-tc-survey@amazon.com"), ME_P,
  "Reminder: how was your experience with case %s?" % CG, d("2025-05-07 01:00"),
  None, "<html><body><p>Hello,</p><p>We haven't received your feedback on case %s yet. It only takes a minute.</p>"
  "<table><tr><td><a href=\"https://aws-tc-survey.amazon.com/s?case=%s&amp;r=5\">Excellent</a></td>"
  "<td><a href=\"https://aws-tc-survey.amazon.com/s?case=%s&amp;r=1\">Poor</a></td></tr></table></body></html>" % (CG, CG, CG),
  cte="base64", note="survey reminder ('we haven't received your ...' resembles closing notice), HTML-only base64")

M("vendor-jp-solved", "unrelated", False, None, [], ("クラウド請求サポート", "support@seikyu-cloud.example.jp"), ME_P,
  "[お問い合わせ #58213] 解決済みになりました", d("2025-05-08 05:00"),
  "沢村 様\n\nお問い合わせ #58213 は解決済みとしてクローズいたしました。\n追加のご質問がございましたら、このメールにご返信いただくと再度オープンされます。\n\n"
  "クラウド請求サポート\n", cte="base64", lang="ja",
  note="another vendor's Japanese 'solved/closed' with reply-to-reopen wording")

M("aws-invoice", "unrelated", False, None, [], ("Amazon Web Services", "aws-receivables-support@email.amazon.com"), ME_P,
  "Amazon Web Services Invoice Available [Account: %s] [Invoice ID: 2071835594]" % ACCT, d("2025-05-09 00:00"),
  "Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site.\n\n"
  "Account ID: %s\nInvoice ID: 2071835594\nAmount due: USD 3.41\n\nPlease remit payment by the due date shown on your invoice.\n" % ACCT,
  cte="quoted-printable", note="AWS invoice; 12-digit account ID and a 10-digit invoice ID (not a case ID); 'Please remit payment'")

M("acclaim-expiry", "badge", False, None, [], ("Credly (Acclaim)", "admin@youracclaim.com"), ME_P,
  "Your AWS Certified Cloud Practitioner badge will expire soon", d("2025-05-10 00:00"),
  "Hi Yuto,\n\nYour badge AWS Certified Cloud Practitioner, issued by Amazon Web Services Training and Certification, expires on "
  "July 2, 2025. Contact the issuer to learn how to renew it.\n\nCredly\n", cte="7bit", note="older Credly sender, badge expiry")

ACK_H = ("お客様\n\nお問い合わせいただきありがとうございます。ケース %s をオープンしました。\n\nケース ID: %s\n"
         "件名: 旧アカウントの試験履歴が表示されない\n重要度: 一般的なガイダンス\n\n[AWS ID %s]\n") % (CH, CH, ACCT)
FOOT_H = ("\n----------------------------------------------------------------------\n"
          "このケースのすべてのやり取りを確認する、または返信するには、AWS サポートセンターにサインインしてください:\n"
          "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=ja\n\n"
          "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above.\n\n"
          "※このメールは送信専用アドレスから送信されています。このアドレスでは受信できません。\n") % CH
M("ack-h-console-jp", "acknowledgement", False, CH, [], CONSOLE, ME_P, "Amazon Web Services: New Support case: %s" % CH,
  d("2025-05-12 05:36"), ACK_H + FOOT_H, cte="quoted-printable", lang="ja",
  note="Japanese console ack, 10-digit case, 12-digit AWS ID, Japanese+English footer")

CONF_H = ("沢村 様\n\nAWS サポートの李です。お問い合わせの件、確認いたしました。\n\n"
          "お客様の認定アカウントとは別に、旧アカウント(y.sawamura@hoshikawa-sys.co.jp)に紐づく試験履歴が 1 件残っていることが分かりました。"
          "統合の際に残すアカウントは、現在ご利用中の yuto.sawamura.k@gmail.com のアカウントでよろしいでしょうか。\n\n"
          "恐れ入りますが、ご回答はサポートセンターの本ケースからお願いいたします。\n\n李\nアマゾン ウェブ サービス\n")
M("confirm-h-console-jp", "confirmation_request", True, CH, [], CONSOLE, ME_P,
  "RE:[CASE %s] 旧アカウントの試験履歴が表示されない" % CH, d("2025-05-13 02:20"), CONF_H + FOOT_H, cte="base64",
  irt="ack-h-console-jp", lang="ja",
  note="Japanese console confirmation (which account to keep) to be answered in the Support Center; feedback footer; base64")

CLOSE_H = ("お客様\n\nケース %s について、一定期間ご返信がなかったため、ケースは自動的に解決済みとなりました。\n\n"
           "引き続きサポートが必要な場合は、14日以内にサポートセンターから本ケースを再オープンしてご返信ください。\n\n"
           "アマゾン ウェブ サービス\n") % CH
M("closing-h-console-jp", "closing_notice", True, CH, [], CONSOLE, ME_P,
  "RE:[CASE %s] 旧アカウントの試験履歴が表示されない" % CH, d("2025-05-16 02:30"), CLOSE_H + FOOT_H, cte="quoted-printable",
  irt=["ack-h-console-jp", "confirm-h-console-jp"], lang="ja",
  note="console case auto-resolved for no reply (looks like a resolution) but can be reopened within 14 days by replying")

M("builder-code-3", "unrelated", False, None, [], ("AWS Builder ID", "no-reply@signin.aws"), ME_P,
  "Verify your identity", d("2025-05-16 02:40"),
  "Your verification code: 115372\n\nUse this code to reset your AWS Builder ID password.\n", cte="7bit",
  note="6-digit code, after a closing notice")

# ---------------------------------------------------------------- write out
# the lookalike certmetrics phish carries a real candidate ID in its own text
for m in MSGS:
    if m["key"] == "phish-certmetrics":
        m["label"]["candidate_ids"] = [NEW]
        m["note"] = "certmetrics lookalike domain, HTML-only, mentions a merge and a real candidate ID"

for f in os.listdir(OUT):
    if f.endswith(".eml") or (f.endswith(".json") and f[:3].isdigit()):
        os.remove(os.path.join(OUT, f))
for i, m in enumerate(MSGS, 1):
    base = "%03d-m" % i
    with open(os.path.join(OUT, base + ".eml"), "wb") as fh:
        fh.write(m["raw"])
    with open(os.path.join(OUT, base + ".json"), "w") as fh:
        json.dump(m["label"], fh, ensure_ascii=False)
        fh.write("\n")
with open(os.path.join(OUT, "notes.tsv"), "w") as fh:
    for i, m in enumerate(MSGS, 1):
        l = m["label"]
        fh.write("%03d\t%s\t%s\t%s\t%s\t%s\n" % (i, l["kind"], str(l["needs_reply"]).lower(), l["case"] or "-", m["lang"], m["note"]))
print(len(MSGS), "messages written")
