#!/usr/bin/env python3
"""Generate the blind held-out corpus (stdlib only). Writes NNN-mNNN.eml / .json beside this file."""
import base64, hashlib, json, os, quopri
from email.header import Header

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "kenta.ishida.home@gmail.com"
CO = "k.ishida@hoshizora-sys.co.jp"
FORM = "aws-cs-trainingcertification-form@amazon.com"
CONSOLE = "no-reply-aws@amazon.com"
TCSUBJ = "[AWS Training and Certification Form Submission] - account-assistance"
CA, CB, CC = "174097218300512", "174097391100847", "174355812200391"
K23, K21 = "12836604917", "7482019365"

MSGIDS = {}
N = [0]

def enc_hdr(s):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()

def addr(name, a):
    if not name: return a
    return f"{enc_hdr(name)} <{a}>" if not name.isascii() else f'"{name}" <{a}>'

def auth_gmail(dom, ok=True, dkim_dom=None):
    d = dkim_dom or dom
    if ok:
        return (f"mx.google.com;\n       dkim=pass header.i=@{d} header.s=sel1 header.b=Xq9vL2ab;\n"
                f"       spf=pass (google.com: domain of bounce@{dom} designates 54.240.8.21 as permitted sender) smtp.mailfrom={dom};\n"
                f"       dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from={dom}")
    return (f"mx.google.com;\n       dkim=fail header.i=@{d} header.s=sel1 header.b=Q1w2E3r4;\n"
            f"       spf=softfail (google.com: domain of transitioning bounce@{dom} does not designate 185.220.101.7 as permitted sender) smtp.mailfrom={dom};\n"
            f"       dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from={dom}")

def auth_m365(dom, ok=True):
    r = "pass" if ok else "fail"
    return (f"spf={r} (sender IP is 54.240.27.12)\n smtp.mailfrom={dom}; dkim={r} (signature was verified)\n"
            f" header.d={dom};dmarc={r} action=none header.from={dom};")

def leaf(ctype, text, charset="utf-8", cte="quoted-printable"):
    raw = text.encode(charset)
    if cte == "base64":
        body = base64.encodebytes(raw)
    elif cte == "quoted-printable":
        body = quopri.encodestring(raw)
    else:
        body = raw
    h = f"Content-Type: {ctype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n"
    return h.encode("ascii"), body

def build(date, frm, to, subject, text=None, html=None, charset="utf-8", cte="quoted-printable",
          hcte=None, auth=None, irt=None, refs=None, extra=None, crlf=False, key=None,
          label=None, cc=None):
    N[0] += 1
    n = N[0]
    dom = frm.split("@")[-1].rstrip(">")
    mid = f"<{n:03d}.{int(hashlib.sha1((date + subject).encode()).hexdigest(), 16) % 10**12:012d}@{'mail.gmail.com' if dom in ('gmail.com',) else dom}>"
    MSGIDS[key or n] = mid
    H = []
    if auth: H.append(f"Authentication-Results: {auth}")
    H.append(f"Date: {date}")
    H.append(f"From: {frm}")
    H.append(f"To: {to}")
    if cc: H.append(f"Cc: {cc}")
    H.append(f"Subject: {enc_hdr(subject) if charset != 'iso-2022-jp' else (Header(subject,'iso-2022-jp').encode() if not subject.isascii() else subject)}")
    H.append(f"Message-ID: {mid}")
    if irt:
        H.append(f"In-Reply-To: {MSGIDS[irt]}")
        rl = refs or [irt]
        H.append("References: " + "\n ".join(MSGIDS[r] for r in rl))
    for e in (extra or []): H.append(e)
    H.append("MIME-Version: 1.0")
    head = ("\n".join(H) + "\n").encode("utf-8")
    if text is not None and html is not None:
        b = f"=_alt_{n:03d}_b7f1"
        th, tb = leaf("text/plain", text, charset, cte)
        hh, hb = leaf("text/html", html, charset, hcte or cte)
        body = (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\nThis is a multi-part message in MIME format.\n\n--{b}\n").encode() + th + b"\n" + tb + f"\n--{b}\n".encode() + hh + b"\n" + hb + f"\n--{b}--\n".encode()
        data = head + body
    else:
        ctype = "text/html" if html is not None else "text/plain"
        lh, lb = leaf(ctype, html if html is not None else text, charset, cte)
        data = head + lh + b"\n" + lb
        if not data.endswith(b"\n"): data += b"\n"
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    stem = f"{n:03d}-m{n:03d}"
    with open(os.path.join(OUT, stem + ".eml"), "wb") as f: f.write(data)
    kind, nr, case, cands = label
    with open(os.path.join(OUT, stem + ".json"), "w") as f:
        json.dump({"kind": kind, "needs_reply": nr, "case": case, "candidate_ids": cands}, f, ensure_ascii=False)
        f.write("\n")
    return n

def q(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

def gmail_q(when, who, text):
    return f"On {when} {who} wrote:\n" + q(text)

def outlook_q(frm, sent, to, subj, text):
    return f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subj}\n\n{text}"

def jp_q(when, who, text):
    return f"{when} {who}:\n" + q(text)

GA = lambda d="amazon.com": auth_gmail(d)
MA = lambda d="amazon.com": auth_m365(d)
AWSF = addr("AWS Training and Certification", FORM)
AWSC = addr("Amazon Web Services", CONSOLE)
CONSOLE_FOOT = ("\n\nTo see all of your cases or to respond, please sign in to the Support Center:\n"
  "https://console.aws.amazon.com/support/home#/case/?displayId={id}%26language=en\n\n"
  "Note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
  "To contact us about this case, use the Support Center link above.\n\n"
  "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above.\n\n"
  "Best regards,\nAmazon Web Services\n\nAmazon Web Services, Inc. is an affiliate of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. or its affiliates.")

# ---------------- 2021: console case (10 digits), company mailbox ----------------
build("Mon, 31 May 2021 22:14:09 +0000", addr("AWS Billing", "aws-billing@amazon.com"), CO,
  "Amazon Web Services Billing Statement Available [Account: 482910385566]",
  text="Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:\n\nTotal: $41.27\n\nAccount ID: 482910385566\nStatement period: May 1 - May 31, 2021\n\nYou can see a complete break down of all charges on the Billing & Cost Management Dashboard.\n\nPlease note: payments are processed automatically; no action is required on your part.\n\nSincerely,\nAmazon Web Services",
  auth=MA(), cte="7bit", label=("unrelated", False, None, []))

ack21 = build("Wed, 02 Jun 2021 01:03:44 +0000", AWSC, CO, f"Amazon Web Services: New Support case: {K21}",
  text=(f"Hello,\n\nWe have received your request and opened case {K21}. The details of your case are as follows:\n\n"
        f"Case ID: {K21}\nSubject: Two certification accounts under one person\nSeverity: General guidance\n"
        f"Correspondence: Hi, I seem to have two AWS Certification accounts (one from an old exam registration). Can these be combined?\n"
        f"AWS account: [AWS ID 482910385566]\n\nAn AWS Support engineer will reply in the Support Center." + CONSOLE_FOOT.format(id=K21)),
  html=(f"<html><body><p>Hello,</p><p>We have received your request and opened case <b>{K21}</b>.</p>"
        f"<table border=1 cellpadding=4><tr><td>Case ID</td><td>{K21}</td></tr><tr><td>Subject</td><td>Two certification accounts under one person</td></tr>"
        f"<tr><td>Severity</td><td>General guidance</td></tr><tr><td>Account</td><td>482910385566</td></tr></table>"
        f"<p>Note: this e-mail was sent from an address that cannot accept incoming e-mails. <a href='https://console.aws.amazon.com/support/home#/case/?displayId={K21}'>Open the case</a></p></body></html>"),
  auth=MA(), label=("acknowledgement", False, K21, []), key="ack21")

build("Thu, 03 Jun 2021 09:41:02 +0000", AWSC, CO, f"RE:[CASE {K21}] Two certification accounts under one person",
  text=("Hello Kenta,\n\nThanks for reaching out. Certification records are held by the AWS Training and Certification team rather than in your AWS account, "
        "so I have looped them in on this case. They have told me two accounts can usually be combined, but they first have to know exactly which records we are talking about.\n\n"
        "Each certification account carries a candidate ID - you will see it in the top right corner after signing in to the certification portal; it starts with AWS followed by eight digits. "
        "What are the candidate IDs of both accounts, and which one would you like to keep?\n\n"
        "Post them as a correspondence on this case in the Support Center; as noted below, mail sent to this address is not read.\n\nMarisol G.\nAmazon Web Services" + CONSOLE_FOOT.format(id=K21)),
  auth=MA(), cte="quoted-printable", irt="ack21", label=("info_request", True, K21, []), key="ir21")

build("Fri, 04 Jun 2021 12:00:31 +0000", addr("Pearson VUE", "noreply@pearsonvue.com"), CO,
  "Confirmation of your AWS Certified Developer - Associate exam appointment",
  text=("Dear Kenta Ishida,\n\nThank you for scheduling your exam. Registration ID: 318604277\n\nExam: DVA-C01 AWS Certified Developer - Associate\n"
        "Date: Saturday, June 26, 2021 10:00 JST\nTest center: Tokyo - Shinjuku\n\nPlease arrive 15 minutes early and bring two forms of identification. "
        "To reschedule or cancel, sign in to your account at least 24 hours before the appointment.\n\nPlease do not reply to this message; this mailbox is not monitored.\n\nPearson VUE"),
  auth=MA("pearsonvue.com"), cte="7bit", label=("unrelated", False, None, []))

build("Sun, 06 Jun 2021 10:02:11 +0000", AWSC, CO, f"RE:[CASE {K21}] Two certification accounts under one person",
  text=("Hello,\n\nWe have not received a response from you on this case for the past 3 days. If we do not hear back, the case will be automatically resolved. "
        "Adding a correspondence in the Support Center before then will keep it open with the engineer working on it.\n\n"
        "If you no longer need help, no action is needed." + CONSOLE_FOOT.format(id=K21)),
  auth=MA(), cte="7bit", irt="ir21", refs=["ack21", "ir21"], label=("closing_notice", True, K21, []), key="cl21")

build("Mon, 07 Jun 2021 06:15:48 +0000", AWSC, CO, f"RE:[CASE {K21}] Two certification accounts under one person",
  html=(f"<html><body><p>Hello Kenta,</p><p>Thank you for the details you added in the Support Center. I checked both records:</p>"
        f"<table border='1' cellspacing='0' cellpadding='5'><tr><th>Candidate ID</th><th>Status</th></tr>"
        f"<tr><td>AWS03317250</td><td>active - will remain</td></tr><tr><td>AWS09127744</td><td>to be merged</td></tr></table>"
        f"<p>Both are registered to you, so the certification team has started moving the exam history. This normally completes within two business days and there is nothing more you need to send us.</p>"
        f"<p>Marisol G.<br>Amazon Web Services</p><hr><p style='font-size:11px'>Note: this e-mail was sent from an address that cannot accept incoming e-mails. "
        f"<a href='https://console.aws.amazon.com/support/home#/case/?displayId={K21}&language=en'>Support Center</a>. We value your feedback. Please share your experience by rating this correspondence.</p></body></html>"),
  auth=MA(), cte="base64", irt="cl21", refs=["ack21", "ir21", "cl21"], label=("case_update", False, K21, ["AWS03317250", "AWS09127744"]), key="cu21")

build("Wed, 09 Jun 2021 03:27:19 +0000", AWSC, CO, f"RE:[CASE {K21}] Two certification accounts under one person",
  text=("Hello Kenta,\n\nGood news: the certification team has completed the merge. All exam history and the active certification now sit under candidate ID AWS03317250, "
        "and the second record has been deactivated.\n\nI am marking this case as resolved. Should something look wrong, you can reopen it from the Support Center within 14 days.\n\nMarisol G." + CONSOLE_FOOT.format(id=K21)),
  auth=MA(), cte="quoted-printable", irt="cu21", refs=["ack21", "cu21"], label=("resolved", False, K21, ["AWS03317250"]), key="rs21")

build("Thu, 10 Jun 2021 03:30:00 +0000", AWSC, CO, f"How did we do? Rate your AWS Support case {K21}",
  text=(f"Hello,\n\nYour support case {K21} was recently resolved. How satisfied were you with the help you received?\n\n"
        "Very satisfied | Satisfied | Neutral | Dissatisfied | Very dissatisfied\n\nThe survey takes about a minute. Your answers go directly to the AWS Support leadership team.\n\n"
        "This e-mail was sent from an address that cannot accept incoming e-mails."),
  html=(f"<html><body><p>Your support case {K21} was recently resolved.</p><p>How satisfied were you?</p><p>"
        + " ".join(f"<a href='https://aws.amazon.com/survey?c={K21}&r={i}'>{i}</a>" for i in range(1, 6)) + "</p></body></html>"),
  auth=MA(), label=("survey", False, K21, []))

# ---------------- 2023: T&C form case (11 digits), personal mailbox ----------------
build("Tue, 14 Feb 2023 08:12:55 +0000", addr("Credly", "admin@credly.com"), ME,
  "Claim your AWS Certified Developer - Associate badge",
  text=("Hi Kenta,\n\nAmazon Web Services Training and Certification has issued you a new badge: AWS Certified Developer - Associate.\n\n"
        "Accept your badge to share it on LinkedIn and add it to your email signature.\n\nAccept badge: https://www.credly.com/earner/earned/badge/5f2c1b9e-7d3a-4a4e-9b0c-2f61d8e0a7c4\n\n"
        "Questions? Visit our help center.\nCredly, 13 W 36th St, New York, NY"),
  html=("<html><body><h2>You've earned a badge!</h2><p>Amazon Web Services Training and Certification has issued you <b>AWS Certified Developer - Associate</b>.</p>"
        "<p><a href='https://www.credly.com/earner/earned/badge/5f2c1b9e-7d3a-4a4e-9b0c-2f61d8e0a7c4' style='background:#ff6b00;color:#fff;padding:8px'>Accept badge</a></p></body></html>"),
  auth=GA("credly.com"), label=("badge", False, None, []))

build("Thu, 02 Mar 2023 17:05:12 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
  "AWS Certification wants to hear from you",
  text=("Hello Kenta,\n\nAs an AWS Certified individual you are invited to join a 15-minute study about the AWS Certification program. "
        "Your input shapes how we design future exams.\n\nTake the survey: https://survey.certmetrics.com/aws/2023q1\n\n"
        "Participation is voluntary. Candidate ID: AWS04819087\n\nAWS Certification"),
  auth=GA("certmetrics.com"), cte="7bit", label=("certification", False, None, ["AWS04819087"]))

ack23_txt = (f"お問い合わせいただきありがとうございます。ケース {K23} を作成いたしました。\n\n"
  "ケースの詳細は以下のとおりです。\n\n"
  f"ケース ID: {K23}\n件名: [AWS Training and Certification Form Submission] - account-assistance\n"
  "内容: 同じメールアドレスで2つの認定アカウントが存在し、Credly にバッジが表示されません。統合を希望します。\n\n"
  "担当者より通常24時間以内にご連絡いたします。すでに同じ内容でケースを作成されている場合は、新たにケースを作成しないようお願いいたします。\n"
  "追加でお伝えいただきたい情報がございましたら、本メールにご返信ください。\n\n"
  "AWS Training and Certification サポート")
ack23 = build("Mon, 06 Mar 2023 04:20:31 +0000", AWSF, ME, f"RE:[CASE {K23}] {TCSUBJ}", text=ack23_txt,
  cte="base64", auth=GA(), label=("acknowledgement", False, K23, []), key="ack23")

ir23_txt = ("Hi Kenta,\n\nWhich candidate ID belongs to the account that is connected to your Credly profile? "
  "You can find it on the top right of the certification portal after you sign in (AWS followed by 8 digits).\n\nThanks,\nDevin\nAWS Training and Certification")
build("Wed, 08 Mar 2023 01:44:10 +0000", AWSF, ME, f"RE: [CASE {K23}] {TCSUBJ}", text=ir23_txt + "\n\n" + q(ack23_txt),
  cte="quoted-printable", auth=GA(), irt="ack23", label=("info_request", True, K23, []), key="ir23")

ur23a_txt = "Hi Devin,\n\nAWS04819087 is the one linked to Credly. The other account is AWS11820394 - I think I created it by accident when the login method changed.\n\nRegards,\nKenta Ishida"
build("Wed, 08 Mar 2023 03:02:47 +0000", addr("Kenta Ishida", ME), FORM, f"Re: RE: [CASE {K23}] {TCSUBJ}",
  text=ur23a_txt + "\n\n" + gmail_q("Wed, Mar 8, 2023 at 10:44 AM", f"AWS Training and Certification <{FORM}>", ir23_txt),
  cte="quoted-printable", irt="ir23", refs=["ack23", "ir23"], label=("user_reply", False, K23, ["AWS04819087", "AWS11820394"]), key="ur23a")

build("Thu, 09 Mar 2023 11:30:02 +0000", addr("Rina Okabe", "notifications@github.com"), ME,
  "Re: [hoshizora/infra-tools] Add certificate sync job (PR #42)",
  text="Merged #42 into main.\n\n--\nReply to this email directly, view it on GitHub:\nhttps://github.com/hoshizora/infra-tools/pull/42#event-8712234\nYou are receiving this because you authored the thread.",
  auth=GA("github.com"), cte="7bit", extra=["List-ID: hoshizora/infra-tools <infra-tools.hoshizora.github.com>"], label=("unrelated", False, None, []))

cr23_txt = ("石田 様\n\nAWS トレーニングと認定サポートの佐伯です。お待たせいたしました。\n\n"
  "ご提供いただいた候補 ID をもとに確認したところ、以下の 2 つのアカウントが存在しております。\n\n"
  "アカウント #1\n候補 ID: AWS04819087\nログインメール: kenta.ishida.home@gmail.com\nトレーニング通知メール: kenta.ishida.home@gmail.com\n認定通知メール: kenta.ishida.home@gmail.com\n\n"
  "アカウント #2\n候補 ID: AWS11820394\nログインメール: kenta.ishida.home@gmail.com\nトレーニング通知メール: （未設定）\n認定通知メール: kenta.ishida.home@gmail.com\n\n"
  "統合後はアカウント #1 を残し、アカウント #2 の履歴をすべて #1 へ移す予定でございます。\n"
  "この内容で統合を進めてよろしいか、ご確認のほどよろしくお願いいたします。\n\n佐伯\nAWS トレーニングと認定")
build("Mon, 13 Mar 2023 00:55:18 +0000", addr("AWS Training and Certification", FORM), ME, f"RE:[CASE {K23}] {TCSUBJ}",
  text=cr23_txt, charset="iso-2022-jp", cte="7bit", auth=GA(), irt="ur23a", refs=["ack23", "ir23", "ur23a"],
  label=("confirmation_request", True, K23, ["AWS04819087", "AWS11820394"]), key="cr23")

ur23b_txt = "佐伯様\n\nご確認ありがとうございます。\nアカウント #1 を残す形で統合をお願いいたします。\n\n石田 健太"
build("Mon, 13 Mar 2023 02:02:40 +0000", addr("石田 健太", ME), FORM, f"Re: RE:[CASE {K23}] {TCSUBJ}",
  text=ur23b_txt + "\n\n" + jp_q("2023年3月13日(月) 9:55", f"AWS Training and Certification <{FORM}>", cr23_txt),
  cte="base64", irt="cr23", refs=["ack23", "cr23"], label=("user_reply", False, K23, []), key="ur23b")

build("Tue, 21 Mar 2023 06:12:09 +0000", AWSF, ME, f"RE:[CASE {K23}] {TCSUBJ}",
  text=("Hello Kenta,\n\nThe two records are now one. Your remaining account is AWS04819087 and it holds every exam and certification from both. "
        "Badges normally re-sync with Credly within 48 hours.\n\nBest,\nDevin\nAWS Training and Certification\n\n"
        + outlook_q(f"Kenta Ishida <{ME}>", "Monday, March 13, 2023 11:02 AM", FORM, f"Re: RE:[CASE {K23}] {TCSUBJ}", ur23b_txt + "\n\n" + cr23_txt)),
  cte="quoted-printable", auth=GA(), irt="ur23b", refs=["ack23", "cr23", "ur23b"], label=("resolved", False, K23, ["AWS04819087"]), key="rs23")

build("Wed, 22 Mar 2023 06:00:00 +0000", AWSF, ME, f"[CASE {K23}] サポート対応に関するアンケートのお願い",
  text=(f"このたびは AWS トレーニングと認定サポートをご利用いただきありがとうございました。\n\nケース {K23} の対応について、"
        "1〜5 の評価をお聞かせください（所要時間 1 分）。\n\nhttps://aws.amazon.com/training/survey?case=" + K23 +
        "\n\nアンケートへのご協力は任意です。本メールへの返信は受け付けておりません。"),
  cte="quoted-printable", auth=GA(), label=("survey", False, K23, []))

build("Thu, 23 Mar 2023 09:40:00 +0000", addr("Credly", "admin@credly.com"), ME, "You have 2 badges waiting to be accepted",
  text=("Hi Kenta,\n\nYou have pending badges from Amazon Web Services Training and Certification:\n- AWS Certified Cloud Practitioner\n- AWS Certified Solutions Architect - Associate\n\n"
        "Accept them to make them visible on your profile: https://www.credly.com/earner/earned\n\nCredly"),
  auth=GA("credly.com"), cte="7bit", label=("badge", False, None, []))

# ---------------- 2024 ----------------
build("Fri, 10 May 2024 14:22:37 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME,
  "Congratulations on recertifying your AWS Certification!",
  html=("<html><body><table width='600'><tr><td><h1>Congratulations, Kenta!</h1>"
        "<p>You have successfully recertified <b>AWS Certified Solutions Architect - Associate</b>. Your new expiration date is May 10, 2027.</p>"
        "<p>Candidate ID: AWS04819087<br>Validation number: 7HQ2RL31KB4E1ZS9</p>"
        "<p>Your digital badge will be updated on Credly. No action needed.</p></td></tr></table></body></html>"),
  cte="quoted-printable", auth=GA("certmetrics.com"), label=("certification", False, None, ["AWS04819087"]))

build("Mon, 03 Jun 2024 01:00:00 +0000", addr("アマゾン ウェブ サービス ジャパン", "aws-marketing-email-replies@amazon.com"), ME,
  "【AWS Summit Japan】登録受付中 ― 今すぐお申し込みください",
  html=("<html><body><p>石田 様</p><p>AWS Summit Japan の参加登録を受け付けています。ご都合がよろしければ、ぜひお早めにご登録ください。</p>"
        "<table><tr><td>日程</td><td>6月20日・21日</td></tr><tr><td>会場</td><td>幕張メッセ</td></tr></table>"
        "<p>ご質問がございましたら本メールにご返信ください。</p><p><a href='https://aws.amazon.com/jp/summits/japan/'>登録する</a></p></body></html>"),
  cte="base64", auth=GA(), label=("unrelated", False, None, []))

build("Thu, 12 Sep 2024 19:45:03 +0000", addr("AWS Certification Support", "support@aws-certsupport.com"), ME,
  "Action required: confirm your certification account merge",
  text=("Dear AWS Certified Professional,\n\nCase ID: 9981203345\n\nWe detected two certification accounts registered to you. To avoid losing your certifications, "
        "please confirm the merge within 24 hours by signing in below:\n\nhttps://aws-certsupport.com/verify?u=kenta.ishida.home\n\n"
        "If you do not confirm, both accounts will be suspended.\n\nAWS Training and Certification Team"),
  auth=("mx.google.com;\n       dkim=pass header.i=@aws-certsupport.com header.s=default;\n       spf=pass smtp.mailfrom=aws-certsupport.com;\n       dmarc=pass (p=NONE) header.from=aws-certsupport.com"),
  cte="7bit", label=("suspicious", False, None, []))

build("Wed, 20 Nov 2024 03:11:45 +0000", addr("Amazon.co.jp", "shipment-tracking@amazon.co.jp"), ME, "お届け済み: 「USB-C ハブ 7in1」",
  text="石田 健太 様\n\nご注文の商品をお届けしました。\n注文番号: 249-1837265-0081234\n\n商品に問題がある場合は、注文履歴からお問い合わせください。\n\nAmazon.co.jp",
  charset="shift_jis", cte="8bit", auth=GA("amazon.co.jp"), label=("unrelated", False, None, []))

# ---------------- 2025: leaving the company ----------------
build("Mon, 03 Mar 2025 02:58:12 +0000", addr("AWS Builder ID", "no-reply@signin.aws"), ME, "Verify your AWS Builder ID email address",
  text="Hello,\n\nTo finish creating your AWS Builder ID, enter this verification code:\n\n583920\n\nThe code expires in 30 minutes. If you didn't request it, you can ignore this email.\n\nAmazon Web Services",
  auth=GA("signin.aws"), cte="7bit", label=("unrelated", False, None, []))

ackA_txt = (f"Hello,\n\nThank you for contacting Amazon Web Services. We have opened case {CA} to address your request.\n\n"
  "The details of your case are as follows:\n\n"
  f"Case ID: {CA}\nSubject: {TCSUBJ}\n"
  "Description: Use Case: I am leaving Hoshizora Systems at the end of March and would like to merge my company certification account into my personal one.\n"
  f"All email addresses used: {CO}, {ME}\nAddress to keep: {ME}\nCandidate ID: AWS04819087\n\n"
  "We usually reply within 24 hours. Please do not open another case for the same request; it can delay our answer.\n\n"
  "If you have any additional information to share, simply reply to this email.\n\nSincerely,\nAWS Training and Certification")
build("Mon, 03 Mar 2025 03:23:03 +0000", AWSF, ME, f"RE:[CASE {CA}] {TCSUBJ}", text=ackA_txt,
  cte="7bit", crlf=True, auth=GA(), label=("acknowledgement", False, CA, ["AWS04819087"]), key="ackA")

build("Mon, 03 Mar 2025 03:51:51 +0000", AWSF, CO, f"RE:[CASE {CB}] {TCSUBJ}",
  text=(f"お問い合わせいただき、ありがとうございます。ケース {CB} を作成しました。\n\nケースの詳細は以下のとおりです。\n\n"
        f"ケース ID: {CB}\n内容: 退職に伴い、会社のアカウントを個人のアカウントに統合したい。\n\n"
        "通常、24時間以内にご連絡いたします。\nすでにケースが作成されている場合は、同じ内容で別のケースを作成しないでください。対応が遅れる原因となります。\n\n"
        "AWS トレーニングと認定"),
  charset="iso-2022-jp", cte="7bit", auth=MA(), label=("acknowledgement", False, CB, []), key="ackB")

build("Mon, 03 Mar 2025 05:10:27 +0000", addr("Jira (Hoshizora)", "jira@hoshizora-sys.atlassian.net"), CO,
  "[JIRA] (IT-2231) 退職手続きチェックリスト: 石田 健太",
  text=("担当者: 石田 健太\n\n以下の項目を 3/28 までに完了し、チケットにコメントしてください。\n- PC 返却\n- 社用アカウントの引き継ぎ\n- 外部サービスに登録した会社メールアドレスの変更\n\n"
        "このメールに返信するとコメントとして追加されます。\n\nhttps://hoshizora-sys.atlassian.net/browse/IT-2231"),
  cte="quoted-printable", auth=MA("hoshizora-sys.atlassian.net"), label=("unrelated", False, None, []))

build("Tue, 04 Mar 2025 00:32:40 +0000", AWSF, CO, f"RE:[CASE {CB}] {TCSUBJ}",
  text=(f"Hello,\n\nThis case repeats the request in case {CA}, which was opened a few minutes earlier. To keep everything in one place we have attached your details to that case "
        f"and this one will be closed now. There is no further action required on this case; you will hear from us on case {CA}.\n\nThanks,\nPriya\nAWS Training and Certification"),
  cte="quoted-printable", auth=MA(), irt="ackB", label=("case_update", False, CB, []), key="cuB")

holdA_html = ("<html><body style='font-family:Arial'><p>Hi Kenta,</p>"
  "<p>Thanks for your patience. While looking up your records I found that the certification account registered to "
  f"<b>{CO}</b> is associated with an AWS Partner Network (APN) organization, Hoshizora Systems K.K. Certifications held in partner-linked accounts count toward the organization's partner tier, "
  "so our policy is not to move them while the holder is still listed as an employee of that partner.</p>"
  "<table border='1' cellpadding='4' cellspacing='0'><tr><th>Account</th><th>Candidate ID</th><th>Linked to</th></tr>"
  f"<tr><td>{CO}</td><td>AWS07731562</td><td>APN: Hoshizora Systems K.K.</td></tr>"
  f"<tr><td>{ME}</td><td>AWS04819087</td><td>-</td></tr></table>"
  "<p>I have placed the case on hold and notified the partner team. The hold can be lifted as soon as your departure is on record. "
  "What is your last day of employment at Hoshizora Systems?</p>"
  "<p>Kind regards,<br>Tomasz<br>AWS Training and Certification</p></body></html>")
build("Tue, 04 Mar 2025 08:17:55 +0000", AWSF, ME, f"RE:[CASE {CA}] {TCSUBJ}",
  text=None, html=holdA_html, cte="quoted-printable", auth=GA(), irt="ackA",
  label=("on_hold", True, CA, ["AWS07731562", "AWS04819087"]), key="holdA")

build("Tue, 04 Mar 2025 09:02:13 +0000", addr("山口 誠", "m.yamaguchi@hoshizora-sys.co.jp"), CO,
  f"自動応答: FW: RE:[CASE {CA}] {TCSUBJ}",
  text="お疲れさまです。山口です。\n\n3月4日〜3月7日まで出張のため不在にしております。\nお急ぎの場合は総務部（内線 2201）までご連絡ください。\n\n山口",
  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], charset="iso-2022-jp", cte="7bit",
  label=("unrelated", False, None, []))

build("Wed, 05 Mar 2025 01:40:22 +0000", addr("Aiko Sato", "a.sato@hoshizora-sys.co.jp"), CO,
  "FW: AWS Partner Central - certification release request",
  text=("Kenta-san,\n\nFYI - AWS asked us about moving your certifications out of our partner account. I approved the release in Partner Central this morning, "
        "so there's nothing you need to do on our side.\n\nAiko (Alliance team)\n\n"
        + outlook_q("AWS Partner Network <apn-notifications@amazon.com>", "Tuesday, March 4, 2025 6:20 PM", "a.sato@hoshizora-sys.co.jp",
                    "Certification release request",
                    f"A certification holder in your organization (candidate ID AWS07731562) has requested to move their certifications. Reference: case {CA}.\nPlease review the request in AWS Partner Central within 5 business days.")),
  cte="quoted-printable", auth=MA("hoshizora-sys.co.jp"), label=("unrelated", False, None, []))

urA1_txt = ("Hello Tomasz,\n\nMy last day at Hoshizora Systems is March 31, 2025, and this company address will be shut down that day. "
  "Please go ahead with moving everything to my personal account.\n\nBest regards,\nKenta Ishida")
build("Wed, 05 Mar 2025 02:15:09 +0000", addr("Ishida Kenta", CO), FORM, f"RE: RE:[CASE {CA}] {TCSUBJ}",
  text=urA1_txt + "\n\n" + outlook_q(f"AWS Training and Certification <{FORM}>", "Tuesday, March 4, 2025 5:17 PM", ME, f"RE:[CASE {CA}] {TCSUBJ}",
        "Hi Kenta,\n\nThanks for your patience. While looking up your records I found that the certification account ... is associated with an AWS Partner Network (APN) organization ...\nWhat is your last day of employment at Hoshizora Systems?"),
  cte="quoted-printable", crlf=True, irt="holdA", refs=["ackA", "holdA"], label=("user_reply", False, CA, []), key="urA1")

irA_txt = (f"Hello,\n\nWe received a message on case {CA} from {CO}. The contact address on this case is {ME}, and for security reasons we can only act on "
  "instructions that come from the contact address.\n\n"
  f"We need you to send the same statement (your last working day) from {ME}, replying to our earlier message.\n\nRegards,\nPriya\nAWS Training and Certification")
build("Thu, 06 Mar 2025 04:48:31 +0000", AWSF, CO, f"RE:[CASE {CA}] {TCSUBJ}", text=irA_txt,
  cte="7bit", crlf=True, auth=MA(), irt="urA1", refs=["ackA", "holdA", "urA1"], label=("info_request", True, CA, []), key="irA")

build("Thu, 06 Mar 2025 11:20:05 +0000", addr("Kenta Ishida", ME), FORM, "Re: my certification account merge",
  text=("Hi Tomasz, Priya,\n\nWriting from my personal address as requested: my last working day at Hoshizora Systems is 31 March 2025. "
        "I confirm I am leaving the company and want the certifications moved to this account.\n\nKenta\n"),
  cte="7bit", irt="holdA", refs=["ackA", "holdA"], label=("user_reply", False, CA, []), key="urA2")

build("Fri, 07 Mar 2025 02:05:44 +0000", AWSF, ME, f"RE:[CASE {CA}] {TCSUBJ}",
  text=("石田 様\n\nご返信ありがとうございます。ご退職日を確認いたしました。\n\n"
        "現在、APN パートナーチームに確認を依頼しており、先方からの回答を待っている状況です。通常 2〜3 営業日ほどかかります。\n"
        "回答があり次第こちらからご連絡いたしますので、現時点でお客様にご対応いただくことはございません。\n\n"
        "引き続きよろしくお願いいたします。\n\n清水\nAWS トレーニングと認定"),
  cte="quoted-printable", auth=GA(), irt="urA2", refs=["ackA", "holdA", "urA2"], label=("on_hold", False, CA, []), key="hold2A")

build("Sat, 08 Mar 2025 13:00:19 +0000", addr("Backlog Support", "support@nulab-helpdesk.com"), ME,
  "[Request #48213] Your request has been closed",
  text=("Hello Kenta,\n\nYour request #48213 \"Cannot export Gantt chart\" has been marked as solved and is now closed.\n\n"
        "If the issue comes back, reply to this email within 7 days and the request will be reopened automatically.\n\nBacklog Support Team"),
  auth=GA("nulab-helpdesk.com"), cte="7bit", label=("unrelated", False, None, []))

build("Mon, 10 Mar 2025 00:00:42 +0000", addr("AWS Budgets", "no-reply@budgets.amazonaws.com"), ME,
  "AWS Budgets: personal-monthly has exceeded your alert threshold",
  text=("AWS Budget Notification March 10, 2025\nAWS Account 915302774816\n\nDear AWS Customer,\n\nYou requested that we alert you when the ACTUAL Cost associated with your personal-monthly budget is greater than $8.00 for the current month. "
        "The ACTUAL Cost associated with this budget is $8.41.\n\nGo to the AWS Budgets dashboard to review or change this alert."),
  auth=GA("budgets.amazonaws.com"), cte="7bit", label=("unrelated", False, None, []))

crA_txt = ("Hi Kenta,\n\nThe partner team has released the Hoshizora Systems account, so the hold is lifted. Before I run the merge I want to be sure we move things in the right direction, "
  "because a merge cannot be undone: exam history, certifications, benefits and badges of the account that is retired all move to the account that remains.\n\n"
  "Account #1\nLogin email: kenta.ishida.home@gmail.com\nTraining notification email: kenta.ishida.home@gmail.com\nCertification notification email: kenta.ishida.home@gmail.com\n\n"
  "Account #2\nLogin email: k.ishida@hoshizora-sys.co.jp\nTraining notification email: k.ishida@hoshizora-sys.co.jp\nCertification notification email: k.ishida@hoshizora-sys.co.jp\n\n"
  "My understanding from the form is that Account #1 stays. Let me know if that's right, or which of the two should remain.\n\nTomasz\nAWS Training and Certification")
crA_html = ("<html><body><div style='font-family:Arial;font-size:13px'><p>Hi Kenta,</p>"
  "<p>The partner team has released the Hoshizora Systems account, so the hold is lifted. Before I run the merge I want to be sure we move things in the right direction, "
  "because a merge cannot be undone: exam history, certifications, benefits and badges of the account that is retired all move to the account that remains.</p>"
  "<table border='1' cellpadding='6' cellspacing='0' style='border-collapse:collapse'>"
  "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
  "<tr><td>Candidate ID</td><td>AWS04819087</td><td>AWS07731562</td></tr>"
  f"<tr><td>Login email</td><td>{ME}</td><td>{CO}</td></tr>"
  f"<tr><td>Training notification email</td><td>{ME}</td><td>{CO}</td></tr>"
  f"<tr><td>Certification notification email</td><td>{ME}</td><td>{CO}</td></tr></table>"
  "<p>My understanding from the form is that Account #1 stays. Let me know if that's right, or which of the two should remain.</p>"
  "<p>Tomasz<br>AWS Training and Certification</p></div></body></html>")
build("Tue, 11 Mar 2025 06:40:16 +0000", AWSF, ME, f"RE:[CASE {CA}] {TCSUBJ}", html=crA_html, cte="base64", auth=GA(),
  irt="hold2A", refs=["ackA", "holdA", "hold2A"], label=("confirmation_request", True, CA, ["AWS04819087", "AWS07731562"]), key="crA")

build("Tue, 11 Mar 2025 09:15:00 +0000", addr("AWS Skill Builder", "no-reply@aws.training"), ME, "Your AWS Skill Builder subscription receipt",
  text=("Thank you for your purchase.\n\nOrder number: 1118-442097-3381\nIndividual subscription (monthly): USD 29.00\nBilling period: Mar 11 - Apr 10, 2025\n\n"
        "Manage your subscription at https://skillbuilder.aws/subscription\n\nAWS Training and Certification"),
  auth=GA("aws.training"), cte="7bit", label=("unrelated", False, None, []))

build("Thu, 13 Mar 2025 15:33:09 +0000", AWSF, ME, f"RE:[CASE {CA}] {TCSUBJ} - action needed",
  text=("Dear customer,\n\nYour merge could not be completed because your identity verification has expired. Sign in within 12 hours to confirm which account to keep, "
        "otherwise both certification accounts will be locked:\n\nhttps://aws-training-verify.com/merge/confirm\n\nAWS Training and Certification"),
  auth=auth_gmail("amazon.com", ok=False), cte="7bit", label=("suspicious", False, None, []))

clA_txt = ("Hello Kenta,\n\nJust a reminder that we're still waiting for your answer about which account should remain after the merge. "
  "If we don't hear from you within 3 business days, this case will be closed automatically. Replying to this message keeps it open.\n\nAWS Training and Certification")
build("Fri, 14 Mar 2025 00:10:12 +0000", AWSF, ME, f"RE:[CASE {CA}] {TCSUBJ}", text=clA_txt,
  cte="quoted-printable", auth=GA(), irt="crA", refs=["ackA", "crA"], label=("closing_notice", True, CA, []), key="clA")

urA3_txt = "Confirmed. Please merge to Account #1 (kenta.ishida.home@gmail.com).\n\nSorry for the slow reply,\nKenta"
build("Fri, 14 Mar 2025 01:02:55 +0000", addr("Kenta Ishida", ME), FORM, f"Re: RE:[CASE {CA}] {TCSUBJ}",
  text=urA3_txt + "\n\n" + gmail_q("Fri, Mar 14, 2025 at 9:10 AM", f"AWS Training and Certification <{FORM}>",
        clA_txt + "\n\n" + gmail_q("Tue, Mar 11, 2025 at 3:40 PM", f"AWS Training and Certification <{FORM}>", crA_txt + "\n\n" + ackA_txt)),
  cte="quoted-printable", irt="clA", refs=["ackA", "crA", "clA"], label=("user_reply", False, CA, []), key="urA3")

build("Fri, 14 Mar 2025 01:39:30 +0000", AWSF, ME, f"RE:[CASE {CA}] {TCSUBJ}",
  text=("Hi Kenta,\n\nI have successfully merged all accounts. Account #1 (kenta.ishida.home@gmail.com) now holds the exam history and certifications from both; "
        "Account #2 has been closed. Partner profiles can take a few days to reflect the change.\n\nIf anything looks off when you sign in, feel free to reply to this email.\n\nTomasz\n\n"
        + gmail_q("Fri, Mar 14, 2025 at 10:02 AM", f"Kenta Ishida <{ME}>", urA3_txt + "\n\n" + crA_txt)),
  cte="quoted-printable", auth=GA(), irt="urA3", refs=["ackA", "crA", "clA", "urA3"], label=("resolved", False, CA, []), key="rsA")

build("Sat, 15 Mar 2025 01:40:00 +0000", AWSF, ME, f"We'd love your feedback on case {CA}",
  html=(f"<html><body><p>Hello,</p><p>Your recent case ({CA}) with AWS Training and Certification has been resolved. Would you take a moment to tell us how we did?</p>"
        "<table><tr>" + "".join(f"<td><a href='https://aws.amazon.com/training/csat?c={CA}&s={i}'>&#9733;{i}</a></td>" for i in range(1, 6)) + "</tr></table>"
        "<p>Please do not reply to this email.</p></body></html>"),
  cte="quoted-printable", auth=GA(), label=("survey", False, CA, []))

build("Sat, 15 Mar 2025 02:12:41 +0000", addr("Credly", "admin@credly.com"), ME, "Amazon Web Services Training and Certification issued you a badge",
  html=("<html><body><p>Hi Kenta,</p><p>Amazon Web Services Training and Certification issued you a new badge: <b>AWS Certified SysOps Administrator - Associate</b>.</p>"
        "<p><a href='https://www.credly.com/badges/0b8d4c1e-3f3a-4c5e-8a5b-9e1d2c7f6a11/accept'>Accept your badge</a></p>"
        "<p style='color:#888'>You received this email because a badge was issued to kenta.ishida.home@gmail.com.</p></body></html>"),
  cte="base64", auth=GA("credly.com"), label=("badge", False, None, []))

build("Mon, 17 Mar 2025 20:01:12 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Your AWS Certification profile has been updated",
  text=("Hello Kenta,\n\nThe following certifications are now associated with candidate ID AWS04819087:\n\n- AWS Certified Solutions Architect - Associate (expires 2027-05-10)\n"
        "- AWS Certified SysOps Administrator - Associate (expires 2026-11-02)\n\nSign in to the AWS Certification account to view your benefits.\n\nAWS Certification"),
  auth=GA("certmetrics.com"), cte="7bit", label=("certification", False, None, ["AWS04819087"]))

build("Tue, 18 Mar 2025 03:30:47 +0000", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME, "Delivery Status Notification (Failure)",
  text=("** Address not found **\n\nYour message wasn't delivered to aws-cs-trainingcertification-form@amazon.co because the domain amazon.co couldn't be found. "
        "Check for typos or unnecessary spaces and try again.\n\n----- Original message -----\n\n"
        f"From: Kenta Ishida <{ME}>\nTo: aws-cs-trainingcertification-form@amazon.co\nSubject: Re: RE:[CASE {CA}] {TCSUBJ}\n\n"
        "Hello, one more question: the 50% exam discount does not appear under Benefits. Could you check?"),
  auth=GA("googlemail.com"), cte="7bit", label=("unrelated", False, None, []))

urA4_txt = ("Hello,\n\nI'm writing again on this case (I sent this earlier to a mistyped address, sorry). After the merge, the 50% exam discount voucher "
  "that was on my old company account is not shown under Benefits. Exam history and certifications look fine.\n\nCould you take a look? Let me know if you need anything from me.\n\nKenta Ishida")
build("Tue, 18 Mar 2025 03:41:02 +0000", addr("Kenta Ishida", ME), FORM, f"Re: RE:[CASE {CA}] {TCSUBJ}", text=urA4_txt,
  cte="7bit", irt="rsA", refs=["ackA", "rsA"], label=("user_reply", False, CA, []), key="urA4")

build("Wed, 19 Mar 2025 05:05:05 +0000", AWSF, ME, f"RE:[CASE {CA}] {TCSUBJ}",
  text=("Hi Kenta,\n\nI've reopened your case. Benefits are copied by a separate job that runs after the merge, and it looks like it did not pick up the voucher from the retired account. "
        "I've queued it to run again for your candidate ID; vouchers can take up to 48 hours to show up after that. I'll keep the case open and check back on Friday.\n\n"
        "Best,\nTomasz\n\n" + gmail_q("Tue, Mar 18, 2025 at 12:41 PM", f"Kenta Ishida <{ME}>", urA4_txt)),
  cte="quoted-printable", auth=GA(), irt="urA4", refs=["ackA", "rsA", "urA4"], label=("case_update", False, CA, []), key="cuA")

irA2_txt = ("石田 様\n\nいつもお世話になっております。AWS トレーニングと認定の清水でございます。\n\n"
  "特典の再移行処理を実施いたしましたが、統合済みのアカウントには 50% 割引バウチャーが表示されない状態が続いております。"
  "旧アカウント側の記録では、同種のバウチャーが過去に 2 件発行されており、どちらが未使用のものか当方では判別ができておりません。\n\n"
  "つきましては、お手元で確認できる範囲で、未使用のバウチャーの有効期限と、バウチャーコードの先頭 4 文字をお知らせいただけますでしょうか。\n"
  "分かり次第、該当のバウチャーのみを個別に移行いたします。\n\nお手数をおかけいたしますが、何卒よろしくお願いいたします。\n\n清水\nAWS トレーニングと認定")
build("Fri, 21 Mar 2025 01:15:33 +0000", addr("AWS トレーニングと認定", FORM), ME, f"RE:[CASE {CA}] {TCSUBJ}", text=irA2_txt,
  charset="shift_jis", cte="8bit", auth=GA(), irt="cuA", refs=["ackA", "cuA"], label=("info_request", True, CA, []), key="irA2")

urA5_txt = "清水 様\n\nご確認ありがとうございます。\n未使用のバウチャーは有効期限が 2025年9月30日、コードの先頭は「CERT」です。\nよろしくお願いいたします。\n\n石田"
build("Fri, 21 Mar 2025 04:50:20 +0000", addr("石田 健太", ME), FORM, f"Re: RE:[CASE {CA}] {TCSUBJ}",
  text=urA5_txt + "\n\n" + jp_q("2025年3月21日(金) 10:15 AWS トレーニングと認定", f"<{FORM}>", irA2_txt),
  cte="quoted-printable", irt="irA2", refs=["ackA", "irA2"], label=("user_reply", False, CA, []), key="urA5")

build("Mon, 24 Mar 2025 02:30:10 +0000", addr("AWS トレーニングと認定", FORM), ME, f"RE:[CASE {CA}] {TCSUBJ}",
  text=("石田 様\n\nお待たせいたしました。有効期限 2025年9月30日 の 50% 割引バウチャーを、統合後のアカウントへ移行いたしました。"
        "認定アカウントの「特典」画面でご確認いただけます。\n\nこれにて本件は解決とさせていただきます。ほかにご不明な点がございましたら、本メールにご返信ください。\n\n"
        "清水\nAWS トレーニングと認定\n\n" + jp_q("2025年3月21日(金) 13:50 石田 健太", f"<{ME}>", urA5_txt + "\n\n" + irA2_txt)),
  charset="iso-2022-jp", cte="7bit", auth=GA(), irt="urA5", refs=["ackA", "irA2", "urA5"], label=("resolved", False, CA, []), key="rsA2")

build("Tue, 25 Mar 2025 02:30:00 +0000", addr("AWS トレーニングと認定", FORM), ME, f"ケース {CA} のサポート品質に関するアンケート",
  html=(f"<html><body><p>石田 様</p><p>ケース {CA} の対応はいかがでしたか。以下から 5 段階でご評価ください。</p>"
        "<p><a href='https://aws.amazon.com/training/csat?c=" + CA + "&lang=ja'>アンケートに回答する</a></p><p>※本メールは送信専用です。</p></body></html>"),
  cte="base64", auth=GA(), label=("survey", False, CA, []))

build("Fri, 28 Mar 2025 08:00:00 +0000", addr("情報システム部", "it-admin@hoshizora-sys.co.jp"), CO, "【重要】メールアカウント停止のお知らせ",
  text=("石田 健太 様\n\n退職に伴い、3月31日 23:59 をもって本メールアドレスを停止いたします。\n必要なメールは事前に各自で退避してください。\n"
        "ご不明点がございましたら、情報システム部までご連絡ください。\n\n情報システム部"),
  charset="iso-2022-jp", cte="7bit", auth=MA("hoshizora-sys.co.jp"), label=("unrelated", False, None, []))

build("Fri, 28 Mar 2025 09:30:00 +0000", addr("総務部 中村", "nakamura@hoshizora-sys.co.jp"), CO, "石田さん送別会のご案内",
  text=("各位\n\n3月31日で退職される石田さんの送別会を下記のとおり開催します。\n日時: 3月28日(金) 19:00〜\n場所: 新宿 ○○\n\n"
        "出欠を 3/26 までにこのメールへの返信でお知らせください。\n\n中村"),
  charset="iso-2022-jp", cte="7bit", auth=MA("hoshizora-sys.co.jp"), label=("unrelated", False, None, []))

build("Mon, 31 Mar 2025 16:00:00 +0000", addr("AWS Weekly Roundup", "aws-marketing-email-replies@amazon.com"), ME, "AWS Weekly Roundup: new Regions, Bedrock updates, and more",
  html=("<html><body><h2>AWS Weekly Roundup</h2><ul><li>New Region in Mexico</li><li>Amazon Bedrock adds new models</li><li>Merged: Amazon Q Developer and CodeWhisperer docs</li></ul>"
        "<p>Reply to let us know what you'd like to see next week!</p><p><a href='#'>Unsubscribe</a></p></body></html>"),
  cte="quoted-printable", auth=GA(), label=("unrelated", False, None, []))

# ---------------- Case C: Credly sync (15 digits) ----------------
ackC_txt = (f"このたびは AWS にお問い合わせいただきありがとうございます。\nケース {CC} を受け付けました。\n\n"
  f"ケース ID: {CC}\n件名: {TCSUBJ}\n内容: アカウント統合後、Credly に一部の認定バッジが表示されません。\n\n"
  "担当者より、通常 24 時間以内にご連絡いたします。\n同じ内容で新しいケースを作成されますと対応が遅れる場合がございますので、ご注意ください。\n"
  "補足事項がございましたら、このメールにご返信いただけます。\n\nAWS トレーニングと認定")
build("Wed, 02 Apr 2025 01:42:02 +0000", addr("AWS トレーニングと認定", FORM), ME, f"RE:[CASE {CC}] {TCSUBJ}", text=ackC_txt,
  charset="shift_jis", cte="8bit", crlf=True, auth=GA(), label=("acknowledgement", False, CC, []), key="ackC")

irC_txt = ("Hello Kenta,\n\nThanks for writing in. I looked at your certification account and all four certifications are active, so the gap is on the badge side. "
  "Credly matches badges by email address, and if your Credly profile uses a different address than your certification account the badges may sit unclaimed.\n\n"
  "Kindly share the email address your Credly profile is registered with, along with a screenshot of the Credly page where the badges are missing.\n\n"
  "Warm regards,\nAnanya\nAWS Training and Certification")
build("Thu, 03 Apr 2025 07:09:59 +0000", AWSF, ME, f"RE: [CASE {CC}] {TCSUBJ}", text=irC_txt, html="<html><body>" + irC_txt.replace("\n\n", "</p><p>").join(["<p>", "</p>"]) + "</body></html>",
  cte="quoted-printable", auth=GA(), irt="ackC", label=("info_request", True, CC, []), key="irC")

build("Fri, 04 Apr 2025 02:00:00 +0000", addr("Pearson VUE", "noreply@pearsonvue.com"), ME, "Reminder: your exam appointment is in 7 days",
  text=("Dear Kenta Ishida,\n\nRegistration ID: 427719035\nExam: SAP-C02 AWS Certified Solutions Architect - Professional\nDate: Friday, April 11, 2025 14:00 JST (online)\n\n"
        "Please run the system test before exam day. Reply STOP to opt out of reminder texts.\n\nPearson VUE"),
  auth=GA("pearsonvue.com"), cte="7bit", label=("unrelated", False, None, []))

clC_txt = ("石田 様\n\n先日お送りしたご案内について、その後いかがでしょうか。\n"
  "4月3日以降ご連絡をいただけていないため、4月11日をもちまして本ケースを終了させていただく予定でございます。\n"
  "引き続きサポートをご希望の場合は、本メールにご返信いただければケースはそのまま継続いたします。\n\nAWS トレーニングと認定")
build("Tue, 08 Apr 2025 00:30:21 +0000", addr("AWS トレーニングと認定", FORM), ME, f"RE:[CASE {CC}] {TCSUBJ}", text=clC_txt,
  cte="base64", auth=GA(), irt="irC", refs=["ackC", "irC"], label=("closing_notice", True, CC, []), key="clC")

urC_txt = ("お世話になっております。石田です。\n返信が遅くなり申し訳ありません。\n\nCredly のメールアドレスは kenta.ishida.home@gmail.com です。\n"
  "スクリーンショットは以下の URL に置きました（閲覧のみ）。\nhttps://drive.google.com/file/d/1xYz-credly-shot/view\n\nよろしくお願いいたします。")
build("Wed, 09 Apr 2025 12:44:03 +0000", addr("石田 健太", ME), FORM, f"Re: RE:[CASE {CC}] {TCSUBJ}",
  text=urC_txt + "\n\n" + jp_q("2025年4月8日(火) 9:30 AWS トレーニングと認定", f"<{FORM}>", clC_txt + "\n\n" + irC_txt),
  cte="quoted-printable", irt="clC", refs=["ackC", "irC", "clC"], label=("user_reply", False, CC, []), key="urC")

build("Thu, 10 Apr 2025 03:18:40 +0000", AWSF, ME, f"RE:[CASE {CC}] {TCSUBJ}",
  text=("Hi Kenta,\n\nThanks, that helps. The address matches, so I've raised this with Credly's engineering team, who own the badge issuing side. "
        "Until they get back to us the case stays paused on our end; you don't need to do anything in the meantime.\n\nAnanya"),
  cte="7bit", auth=GA(), irt="urC", refs=["ackC", "urC"], label=("on_hold", False, CC, []), key="holdC")

build("Mon, 14 Apr 2025 06:02:10 +0000", AWSF, ME, f"RE:[CASE {CC}] {TCSUBJ}",
  text=("Hi Kenta,\n\nQuick update: Credly found that two of your badges were still tied to the retired candidate ID AWS07731562. "
        "They are re-issuing them against AWS04819087 as part of a batch that runs this week. I'll confirm once it has gone through.\n\nAnanya"),
  cte="7bit", auth=GA(), irt="holdC", refs=["ackC", "holdC"], label=("case_update", False, CC, ["AWS07731562", "AWS04819087"]), key="cuC")

build("Wed, 16 Apr 2025 04:55:12 +0000", AWSF, ME, f"RE:[CASE {CC}] {TCSUBJ}",
  html=("<html><body><p>Hi Kenta,</p><p>The re-issue finished overnight and all four badges now show on your Credly profile. No further action is required on your side, and the case is resolved.</p>"
        "<p>Ananya<br>AWS Training and Certification</p><hr>"
        "<p style='font-size:11px;color:#666'>How did we do? Please take 1 minute to rate your experience: <a href='https://aws.amazon.com/training/csat?c=" + CC + "'>Rate this case</a></p>"
        "<blockquote style='border-left:2px solid #ccc;padding-left:6px'>Kindly share the email address your Credly profile is registered with, along with a screenshot of the Credly page where the badges are missing.</blockquote>"
        "</body></html>"),
  cte="quoted-printable", auth=GA(), irt="cuC", refs=["ackC", "cuC"], label=("resolved", False, CC, []), key="rsC")

build("Wed, 16 Apr 2025 05:30:00 +0000", addr("Credly", "admin@credly.com"), ME, "2 new badges from Amazon Web Services Training and Certification",
  text=("Hi Kenta,\n\nAmazon Web Services Training and Certification issued you 2 badges:\n- AWS Certified Solutions Architect - Associate\n- AWS Certified SysOps Administrator - Associate\n\n"
        "Badge ID: 9a7c2d11-44be-4f0e-b1d3-6c2a8e5f0d77\n\nView and share: https://www.credly.com/users/kenta-ishida/badges\n\nCredly"),
  auth=GA("credly.com"), cte="quoted-printable", label=("badge", False, None, []))

build("Thu, 17 Apr 2025 22:13:49 +0000", addr("AWS トレーニングと認定", "support@aws-training-jp.com"), ME, "【重要】AWS認定アカウント統合の本人確認のお願い",
  text=(f"お客様各位\n\nお客様の AWS 認定アカウント統合（ケース ID: {CC}）を完了するため、本人確認が必要です。\n"
        "24 時間以内に以下のリンクからログインし、ご本人様確認を行ってください。期限を過ぎると認定資格が無効になります。\n\n"
        "https://aws-training-jp.com/verify\n\nAWS トレーニングと認定サポート"),
  auth=("mx.google.com;\n       dkim=pass header.i=@aws-training-jp.com;\n       spf=pass smtp.mailfrom=aws-training-jp.com;\n       dmarc=pass (p=NONE) header.from=aws-training-jp.com"),
  cte="base64", label=("suspicious", False, None, []))

build("Sun, 20 Apr 2025 10:01:00 +0000", addr("dependabot[bot]", "notifications@github.com"), ME,
  "Re: [kishida/dotfiles] Bump actions/checkout from 3 to 4 (PR #17)",
  text="Merged #17 into main.\n\nYour pull request has been merged and the branch can be deleted.\n\n--\nReply to this email directly or view it on GitHub.",
  auth=GA("github.com"), cte="7bit", label=("unrelated", False, None, []))

build("Tue, 22 Apr 2025 20:00:00 +0000", addr("AWS Certification", "do-not-reply@certmetrics.com"), ME, "Your AWS Certification expires in 90 days",
  text=("Hello Kenta,\n\nYour AWS Certified SysOps Administrator - Associate certification (candidate ID AWS04819087) expires on July 21, 2025.\n\n"
        "To keep it active, pass the current exam or a higher-level exam before that date. Use your 50% discount benefit when scheduling.\n\nAWS Certification"),
  auth=GA("certmetrics.com"), cte="7bit", label=("certification", False, None, ["AWS04819087"]))

build("Fri, 25 Apr 2025 03:20:00 +0000", addr("freee サポート", "support@freee-helpdesk.jp"), ME, "【お問い合わせ番号: 2025042500123】ご回答のお願い",
  text=("石田 健太 様\n\nお問い合わせいただいた件について、確認のため以下をご返信いただけますでしょうか。\n- ご利用中のプラン名\n- 事業所 ID\n\n"
        "7日間ご返信がない場合、本お問い合わせはクローズさせていただきます。\n\nfreee カスタマーサポート"),
  cte="quoted-printable", auth=GA("freee-helpdesk.jp"), label=("unrelated", False, None, []))

# ---- Case D: console case (15 digits) that must be answered in the Support Center ----
CD = "174590126000774"
ackD = build("Tue, 29 Apr 2025 04:41:00 +0000", AWSC, ME, f"Amazon Web Services: New Support case: {CD}",
  text=(f"Hello,\n\nWe have opened case {CD}. The details of your case are as follows:\n\nCase ID: {CD}\nSubject: Exam voucher not applied at checkout\n"
        "Severity: General guidance\nAWS account: [AWS ID 915302774816]\n\nIf you have additional information, add it to the case in the Support Center." + CONSOLE_FOOT.format(id=CD)),
  cte="quoted-printable", auth=GA(), label=("acknowledgement", False, CD, []), key="ackD")

build("Wed, 30 Apr 2025 02:10:45 +0000", AWSC, ME, f"RE:[CASE {CD}] Exam voucher not applied at checkout",
  html=("<html><body><p>Hello,</p><p>I'm Kenji from AWS Support. The 50% benefit is issued by the certification program and applied in the exam scheduling system, not in your AWS account, "
        "so I have transferred your case to the AWS Training and Certification team, who can see your voucher.</p>"
        "<p>To let them trace the failed checkout they need the Pearson VUE registration ID of the exam you tried to book and the exact error text shown at checkout. "
        "Add both as a reply on this case in the Support Center.</p>"
        f"<p>Best regards,<br>Kenji<br>Amazon Web Services</p><hr><p style='font-size:11px'>Note: this e-mail was sent from an address that cannot accept incoming e-mails. "
        f"<a href='https://console.aws.amazon.com/support/home#/case/?displayId={CD}&language=en'>View case</a><br>"
        "We value your feedback. Please share your experience by rating this correspondence using the AWS Support Center link above.</p></body></html>"),
  cte="base64", auth=GA(), irt="ackD", label=("info_request", True, CD, []), key="irD")

build("Wed, 30 Apr 2025 02:12:00 +0000", addr("Kenta Ishida", ME), "no-reply-aws@amazon.com", f"Re: RE:[CASE {CD}] Exam voucher not applied at checkout",
  text=("Registration ID 427719035, the error said \"This voucher is not valid for this exam\".\n\n"
        + gmail_q("Wed, Apr 30, 2025 at 11:10 AM", "Amazon Web Services <no-reply-aws@amazon.com>",
                  "I'm Kenji from AWS Support. ... Add both as a reply on this case in the Support Center.")),
  cte="7bit", irt="irD", refs=["ackD", "irD"], label=("user_reply", False, CD, []), key="urD")

build("Wed, 30 Apr 2025 02:12:05 +0000", addr("Mail Delivery System", "MAILER-DAEMON@amazon.com"), ME, "Undeliverable: Re: RE:[CASE " + CD + "] Exam voucher not applied at checkout",
  text=("This is an automatically generated Delivery Status Notification.\n\nDelivery to the following recipient failed permanently:\n\n    no-reply-aws@amazon.com\n\n"
        "Reason: 550 5.1.1 This mailbox does not accept incoming mail.\n\n--- Original message headers ---\n"
        f"From: Kenta Ishida <{ME}>\nSubject: Re: RE:[CASE {CD}] Exam voucher not applied at checkout"),
  auth=GA(), cte="7bit", extra=["Auto-Submitted: auto-replied"], label=("unrelated", False, None, []))

build("Sat, 03 May 2025 02:10:11 +0000", AWSC, ME, f"RE:[CASE {CD}] Exam voucher not applied at checkout",
  text=("Hello,\n\nWe haven't seen a response on this case in the Support Center since our last message. Unless a reply is added there, "
        "the case will move to Resolved in 4 days. Please note that replying to this e-mail will not reach us." + CONSOLE_FOOT.format(id=CD)),
  cte="quoted-printable", auth=GA(), irt="irD", refs=["ackD", "irD"], label=("closing_notice", True, CD, []), key="clD")

build("Sat, 03 May 2025 09:30:22 +0000", AWSC, ME, f"RE:[CASE {CD}] Exam voucher not applied at checkout",
  text=("Hello,\n\nThanks for adding the registration ID 427719035 and the error message in the Support Center. The voucher was restricted to Associate-level exams, "
        "which is why the Professional exam rejected it. The certification team has issued a replacement that is valid for any exam; it is now listed under Benefits.\n\n"
        "This case has been resolved. No further action is required." + CONSOLE_FOOT.format(id=CD)),
  cte="quoted-printable", auth=GA(), irt="clD", refs=["ackD", "clD"], label=("resolved", False, CD, []), key="rsD")

build("Sun, 04 May 2025 09:30:00 +0000", AWSC, ME, f"Amazon Web Services: Please rate case {CD}",
  text=(f"Hello,\n\nYour case {CD} was resolved. Tell us about your experience: https://console.aws.amazon.com/support/home#/case/?displayId={CD}&rate=1\n\n"
        "This e-mail was sent from an address that cannot accept incoming e-mails."),
  cte="7bit", auth=GA(), label=("survey", False, CD, []))

print(f"wrote {N[0]} messages to {OUT}")
